using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary><c>ungrounded-specific</c>: a cited claim holding a number or identifier that none of its cited sources holds.</summary>
internal sealed class UngroundedSpecificRule : IStatementRule
{
    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (!statement.IsClaim || statement.Cited.Count == 0)
        {
            return null;
        }

        List<string>? missing = null;
        for (var t = 0; t < statement.Specifics.Count; t++)
        {
            var token = statement.Specifics[t];
            var held = false;
            for (var c = 0; c < statement.Cited.Count && !held; c++)
            {
                held = evidence.SourceHoldsToken(statement.Cited[c], token);
            }

            if (!held && !(missing ??= []).Contains(token))
            {
                missing.Add(token);
            }
        }

        if (missing is null)
        {
            return null;
        }

        var cited = string.Join(" or ", statement.Cited.Select(s => s.Id));
        var quoted = string.Join(", ", missing.Select(t => $"\"{t}\""));
        var message = missing.Count == 1
            ? $"{quoted} is not in the text of {cited}."
            : $"{quoted} are not in the text of {cited}.";
        return statement.ToFinding(RuleIds.UngroundedSpecific, message, Suggest(missing, statement, evidence));
    }

    private static string Suggest(List<string> missing, StatementFacts statement, EvidenceIndex evidence)
    {
        var holders = new List<Source>();
        foreach (var source in evidence.Evidence.Sources)
        {
            if (!statement.Cited.Contains(source)
                && missing.All(t => evidence.SourceHolds(source, SpecificTokenizer.Normalize(t))))
            {
                holders.Add(source);
            }
        }

        return holders.Count > 0
            ? $"{SourceSuggestions.Describe(holders)} holds it: cite that source, or use the figure the cited source gives"
            : "use the exact figure or identifier the cited source gives, or cite a source that holds it";
    }
}
