using ChatOps.Core.Checking;

namespace ChatOps.Core.Tests.Evaluation;

/// <summary>Builds reported findings over a draft from the statement text, so tests read as the draft.</summary>
internal static class Findings
{
    public static Finding At(string draft, string rule, string statement)
    {
        var start = draft.IndexOf(statement, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{statement}' is not in the draft");
        return new Finding(rule, statement, start, start + statement.Length, 1, "message", "suggestion");
    }

    public static CheckResult Result(params Finding[] findings) =>
        new(findings.Length == 0 ? Verdict.Accepted : Verdict.Rejected, findings, []);
}
