using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>Pairs reported findings with expected ones one-to-one, as the spec's case-file format defines a match.</summary>
public static class FindingMatcher
{
    /// <summary>
    /// Walks the expected findings in order and gives each the first still-unpaired reported finding that matches it.
    /// </summary>
    public static FindingMatch Match(string draft, IReadOnlyList<ExpectedFinding> expected, IReadOnlyList<Finding> reported)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(reported);

        var used = new bool[reported.Count];
        var truePositives = new List<MatchedFinding>();
        var falseNegatives = new List<ExpectedFinding>();
        foreach (var want in expected)
        {
            var index = FirstUnusedMatch(draft, want, reported, used);
            if (index < 0)
            {
                falseNegatives.Add(want);
                continue;
            }

            used[index] = true;
            truePositives.Add(new MatchedFinding(want, reported[index]));
        }

        var falsePositives = reported.Where((_, i) => !used[i]).ToArray();
        return new FindingMatch(truePositives, falsePositives, falseNegatives);
    }

    /// <summary>True when <paramref name="reported"/> satisfies <paramref name="expected"/> in <paramref name="draft"/>.</summary>
    public static bool Matches(string draft, ExpectedFinding expected, Finding reported)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(reported);

        if (!string.Equals(expected.Rule, reported.Rule, StringComparison.Ordinal))
        {
            return false;
        }

        if (reported.Text.Contains(expected.Quote, StringComparison.Ordinal))
        {
            return true;
        }

        // The span test covers a statement that the checker cut differently from the case author.
        var quoteStart = draft.IndexOf(expected.Quote, StringComparison.Ordinal);
        if (quoteStart < 0 || expected.Quote.Length == 0)
        {
            return false;
        }

        var quoteEnd = quoteStart + expected.Quote.Length;
        return reported.Start < quoteEnd && quoteStart < reported.End;
    }

    private static int FirstUnusedMatch(string draft, ExpectedFinding want, IReadOnlyList<Finding> reported, bool[] used)
    {
        for (var i = 0; i < reported.Count; i++)
        {
            if (!used[i] && Matches(draft, want, reported[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
