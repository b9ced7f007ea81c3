using ChatOps.Core.Checking;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Offline;
using ChatOps.Drafting.Tests.Support;
using Xunit.Abstractions;

namespace ChatOps.Drafting.Tests.Offline;

/// <summary>How many required facts the offline drafter fills versus labels UNKNOWN on the dev set.</summary>
public sealed class ExtractiveDrafterCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Draft_DevSet_FillsMostRequiredFactsAndLabelsTheRestUnknown()
    {
        // Arrange
        var drafter = new ExtractiveDrafter(new CiteFirstChecker());
        var totals = WorkflowNames.All.ToDictionary(w => w, _ => (Bundles: 0, Filled: 0, Unknown: 0));

        // Act
        foreach (var bundle in EvalCases.Dev())
        {
            var draft = drafter.Draft(bundle.Workflow, bundle.Evidence);
            output.WriteLine($"{bundle.Id}: unknown {string.Join(", ", draft.Unknown)}");
            var t = totals[bundle.Workflow];
            totals[bundle.Workflow] = (t.Bundles + 1, t.Filled + draft.Filled.Count, t.Unknown + draft.Unknown.Count);
        }

        // Assert
        output.WriteLine("| workflow | bundles | required facts filled | labelled UNKNOWN |");
        foreach (var (workflow, t) in totals)
        {
            output.WriteLine($"| {workflow} | {t.Bundles} | {t.Filled} | {t.Unknown} |");
        }

        var filled = totals.Values.Sum(t => t.Filled);
        var unknown = totals.Values.Sum(t => t.Unknown);
        output.WriteLine($"| all | {totals.Values.Sum(t => t.Bundles)} | {filled} | {unknown} |");
        Assert.True(filled >= 2 * unknown, $"filled {filled}, unknown {unknown}");
    }
}
