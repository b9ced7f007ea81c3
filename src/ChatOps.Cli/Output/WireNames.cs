using ChatOps.Core.Checking;

namespace ChatOps.Cli.Output;

/// <summary>The kebab-case names verdicts and statement kinds carry in output.</summary>
internal static class WireNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "accepted",
        Verdict.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    public static string Of(StatementKind kind) => kind switch
    {
        StatementKind.Claim => "claim",
        StatementKind.LabelledUnknown => "labelled-unknown",
        StatementKind.Courtesy => "courtesy",
        StatementKind.Question => "question",
        StatementKind.Instruction => "instruction",
        StatementKind.Commitment => "commitment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown statement kind."),
    };
}
