using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using ChatOps.Drafting.Offline;
using ChatOps.Drafting.Tests.Support;
using Xunit.Abstractions;

namespace ChatOps.Drafting.Tests.Offline;

/// <summary>The offline drafter over every evidence bundle of the dev set and our own set, judged by the real checker.</summary>
public sealed class OfflineDrafterDevSetTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in EvalCases.Dev().Concat(EvalCases.Own()))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task DraftAsync_OfflineOnEveryBundle_DraftPassesTheChecker(string caseId)
    {
        // Arrange
        var bundle = EvalCases.Dev().Concat(EvalCases.Own()).Single(c => c.Id == caseId);
        using var host = new DraftingHost();

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence));

        // Assert
        output.WriteLine(result.Draft);
        var check = new CiteFirstChecker().Check(bundle.Evidence, result.Draft, bundle.Workflow);
        Assert.True(check.IsAccepted, string.Join("\n", check.Findings.Select(f => $"{f.Rule}: {f.Text}")));
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(OfflineChatCompletionService.ModelId, result.Model);
        Assert.Contains('[', result.Draft);

        // A sentence quoted from data (a log query, a deploy, a dashboard) states a fact, so the checker judges it as a
        // claim (issue 13: "back to 0.1% after 14:40 UTC [4]." was read as an instruction and escaped the support rule).
        var data = bundle.Evidence.Sources.Where(s => s.Kind is SourceKind.LogQuery or SourceKind.Deploy or SourceKind.Dashboard)
            .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(
            check.Statements.Where(s => s.Citations.Count > 0 && s.Citations.All(data.Contains) && s.Kind != StatementKind.LabelledUnknown),
            s => Assert.Equal(StatementKind.Claim, s.Kind));
    }

    [Fact]
    public async Task DraftAsync_EveryDevBundle_GivesADistinctDraft()
    {
        // Arrange
        using var host = new DraftingHost();
        var drafts = new Dictionary<string, string>();

        // Act
        foreach (var bundle in EvalCases.Dev())
        {
            drafts[bundle.Id] = (await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence))).Draft;
        }

        // Assert
        Assert.Equal(drafts.Count, drafts.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task DraftAsync_SameBundleWithAChangedFigure_ChangesTheDraft()
    {
        // Arrange
        var bundle = EvalCases.Dev().Single(c => c.Id == "dev-cust-01");
        var changed = new EvidenceSet(bundle.Evidence.Sources.Select(s => s with { Text = s.Text.Replace("4,920", "5,130", StringComparison.Ordinal) }));
        using var host = new DraftingHost();

        // Act
        var before = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence));
        var after = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, changed));

        // Assert
        Assert.Contains("4,920", before.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("4,920", after.Draft, StringComparison.Ordinal);
        Assert.Contains("5,130", after.Draft, StringComparison.Ordinal);
    }
}
