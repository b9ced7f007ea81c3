using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>A checker that answers from a function of the draft, so output tests do not depend on the real rules.</summary>
internal sealed class FixedChecker : ICiteFirstChecker
{
    private readonly Func<string, CheckResult> answer;

    public FixedChecker(Func<string, CheckResult> answer)
    {
        this.answer = answer;
    }

    /// <summary>Rejects every draft with one uncited-claim finding over its first line.</summary>
    public static FixedChecker RejectsFirstLine { get; } = new(draft =>
    {
        var end = draft.Contains('\n', StringComparison.Ordinal) ? draft.IndexOf('\n', StringComparison.Ordinal) : draft.Length;
        var text = draft[..end];
        return new CheckResult(
            Verdict.Rejected,
            [new Finding(RuleIds.UncitedClaim, text, 0, end, 1, "This claim cites no source.", "Cite a source, e.g. [S1].")],
            [new Statement(text, 0, end, 1, StatementKind.Claim, [])]);
    });

    public CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null) => answer(draft);
}
