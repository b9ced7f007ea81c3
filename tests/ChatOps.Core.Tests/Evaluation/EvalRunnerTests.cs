using ChatOps.Core.Checking;
using ChatOps.Core.Evaluation;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;

namespace ChatOps.Core.Tests.Evaluation;

public sealed class EvalRunnerTests
{
    [Fact]
    public void Run_EveryCase_ChecksWithItsEvidenceDraftAndWorkflowAndReportsProgress()
    {
        // Arrange
        var checker = new RecordingChecker();
        var cases = new[]
        {
            new EvalCase("one", WorkflowNames.Postmortem, EvidenceSet.Empty, "First draft.", Verdict.Accepted, []),
            new EvalCase("two", WorkflowNames.SupportReply, EvidenceSet.Empty, "Second draft.", Verdict.Rejected,
                [new ExpectedFinding(RuleIds.UncitedClaim, "Second")]),
        };
        var progress = new List<EvalProgress>();

        // Act
        var report = new EvalRunner(checker).Run(cases, new SynchronousProgress(progress.Add));

        // Assert
        Assert.Equal([("First draft.", "postmortem"), ("Second draft.", "support-reply")], checker.Calls);
        Assert.Equal([new EvalProgress(1, 2, "one"), new EvalProgress(2, 2, "two")], progress);
        Assert.Equal(0.5, report.VerdictAccuracy);
        Assert.Equal("two", Assert.Single(report.WrongCases).Case.Id);
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        var cases = new[] { new EvalCase("one", WorkflowNames.Postmortem, EvidenceSet.Empty, "x.", Verdict.Accepted, []) };

        Assert.Throws<OperationCanceledException>(() =>
            new EvalRunner(new RecordingChecker()).Run(cases, cancellationToken: new CancellationToken(canceled: true)));
    }

    private sealed class RecordingChecker : ICiteFirstChecker
    {
        public List<(string Draft, string? Workflow)> Calls { get; } = [];

        public CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null)
        {
            Calls.Add((draft, workflow));
            return new CheckResult(Verdict.Accepted, [], []);
        }
    }

    private sealed class SynchronousProgress(Action<EvalProgress> report) : IProgress<EvalProgress>
    {
        public void Report(EvalProgress value) => report(value);
    }
}
