using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Offline;

/// <summary>Runs the checker over an offline draft and fixes what it finds: relabels unknowns, drops lines it cannot support.</summary>
internal static class DraftPruner
{
    private const int MaxPasses = 4;

    public static List<DraftLine> Prune(List<DraftLine> lines, EvidenceSet evidence, string workflow, ICiteFirstChecker checker)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var check = checker.Check(evidence, DraftComposer.Render(lines), workflow);
            if (check.IsAccepted)
            {
                break;
            }

            var rulesByLine = check.Findings
                .GroupBy(f => LineAt(lines, f.Start))
                .Where(g => g.Key >= 0)
                .ToDictionary(g => g.Key, g => g.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal));
            foreach (var (index, rules) in rulesByLine.OrderByDescending(p => p.Key))
            {
                Fix(lines, index, rules, lastPass: pass == MaxPasses - 1);
            }
        }

        return lines;
    }

    private static void Fix(List<DraftLine> lines, int index, HashSet<string> rules, bool lastPass)
    {
        var line = lines[index];
        if (!lastPass && line.States && rules.SetEquals([RuleIds.UnlabelledUnknown]))
        {
            lines[index] = line with { Text = "- UNKNOWN: " + line.Fact!.ToLine() };
            return;
        }

        lines.RemoveAt(index);
        if (line.Question is { Optional: false } question && !lastPass && !lines.Any(l => l.Question == question))
        {
            lines.Insert(index, DraftLine.ForUnknown(question));
        }
    }

    private static int LineAt(List<DraftLine> lines, int offset)
    {
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var end = start + lines[i].Text.Length;
            if (offset >= start && offset <= end && lines[i].Text.Length > 0)
            {
                return i;
            }

            start = end + 1;
        }

        return -1;
    }
}
