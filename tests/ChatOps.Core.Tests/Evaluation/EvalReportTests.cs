using ChatOps.Core.Checking;
using ChatOps.Core.Evaluation;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Tests.Evaluation;

public sealed class EvalReportTests
{
    private const string Draft = "The cache failed at 14:02 UTC. It is unclear why. Thanks.";

    [Fact]
    public void Report_MixedOutcomes_ComputesVerdictAccuracyAndFalseRejectionRate()
    {
        // Arrange: two expected-accepted (one falsely rejected), two expected-rejected (one missed).
        var outcomes = new[]
        {
            Outcome("a1", Verdict.Accepted, [], Findings.Result()),
            Outcome("a2", Verdict.Accepted, [], Findings.Result(Findings.At(Draft, RuleIds.UncitedClaim, "Thanks."))),
            Outcome("r1", Verdict.Rejected, [new(RuleIds.UncitedClaim, "cache")], Findings.Result(Findings.At(Draft, RuleIds.UncitedClaim, "The cache failed at 14:02 UTC."))),
            Outcome("r2", Verdict.Rejected, [new(RuleIds.UnlabelledUnknown, "unclear")], Findings.Result()),
        };

        // Act
        var report = new EvalReport(outcomes);

        // Assert
        Assert.Equal(0.5, report.VerdictAccuracy);
        Assert.Equal(2, report.ExpectedAccepted);
        Assert.Equal(1, report.FalseRejections);
        Assert.Equal(0.5, report.FalseRejectionRate);
        Assert.Equal(["a2", "r2"], report.WrongCases.Select(c => c.Case.Id));
    }

    [Fact]
    public void Report_MixedOutcomes_ScoresEachRuleAndMicroAverages()
    {
        var outcomes = new[]
        {
            Outcome("a2", Verdict.Accepted, [], Findings.Result(Findings.At(Draft, RuleIds.UncitedClaim, "Thanks."))),
            Outcome("r1", Verdict.Rejected, [new(RuleIds.UncitedClaim, "cache")], Findings.Result(Findings.At(Draft, RuleIds.UncitedClaim, "The cache failed at 14:02 UTC."))),
            Outcome("r2", Verdict.Rejected, [new(RuleIds.UnlabelledUnknown, "unclear")], Findings.Result()),
        };

        var report = new EvalReport(outcomes);

        var uncited = Score(report, RuleIds.UncitedClaim);
        Assert.Equal(new FindingScore(1, 1, 0), uncited);
        Assert.Equal(0.5, uncited.Precision);
        Assert.Equal(1.0, uncited.Recall);
        Assert.Equal(new FindingScore(0, 0, 1), Score(report, RuleIds.UnlabelledUnknown));
        Assert.Equal(new FindingScore(1, 1, 1), report.FindingScore);
        Assert.Equal(0.5, report.FindingScore.F1, 9);
    }

    [Fact]
    public void Report_ListsEverySpecRuleInSpecOrderThenOthers()
    {
        var odd = new Finding("house-rule", "Thanks.", 51, 58, 1, "m", "s");
        var report = new EvalReport([Outcome("x", Verdict.Rejected, [], Findings.Result(odd))]);

        Assert.Equal(RuleIds.All.Append("house-rule"), report.RuleScores.Select(r => r.Rule));
        Assert.Equal(new FindingScore(0, 1, 0), Score(report, "house-rule"));
    }

    [Fact]
    public void Report_NoExpectedAcceptedCases_HasZeroFalseRejectionRate()
    {
        var report = new EvalReport([Outcome("r", Verdict.Rejected, [], Findings.Result())]);

        Assert.Equal(0.0, report.FalseRejectionRate);
        Assert.Equal(0.0, report.VerdictAccuracy);
    }

    [Fact]
    public void Report_RightVerdictWithExtraFinding_IsAWrongCase()
    {
        var outcome = Outcome("r", Verdict.Rejected, [new(RuleIds.UncitedClaim, "cache")], Findings.Result(
            Findings.At(Draft, RuleIds.UncitedClaim, "The cache failed at 14:02 UTC."),
            Findings.At(Draft, RuleIds.UnlabelledUnknown, "It is unclear why.")));

        var report = new EvalReport([outcome]);

        var wrong = Assert.Single(report.WrongCases);
        Assert.True(wrong.VerdictCorrect);
        Assert.Equal(RuleIds.UnlabelledUnknown, Assert.Single(wrong.UnexpectedFindings).Rule);
        Assert.Empty(wrong.MissingFindings);
    }

    private static FindingScore Score(EvalReport report, string rule) =>
        report.RuleScores.Single(r => r.Rule == rule).Score;

    private static CaseOutcome Outcome(string id, Verdict expected, ExpectedFinding[] findings, CheckResult result)
    {
        var evalCase = new EvalCase(id, WorkflowNames.IncidentInternal, EvidenceSet.Empty, Draft, expected, findings);
        return new CaseOutcome(evalCase, result, FindingMatcher.Match(Draft, findings, result.Findings));
    }
}
