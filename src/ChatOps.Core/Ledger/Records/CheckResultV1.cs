using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>check-result</c> v1: the checker's verdict on a version (<c>accepted</c> or <c>rejected</c>) and its findings.</summary>
public sealed record CheckResultV1(string? Version, string? Verdict, IReadOnlyList<CheckFindingV1>? Findings) : LedgerBody, ILedgerBody<CheckResultV1>
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static string Kind => LedgerRecordKinds.CheckResult;

    public static JsonTypeInfo<CheckResultV1> Json => LedgerJsonContext.Default.CheckResultV1;

    [JsonIgnore]
    public bool IsAccepted => Verdict == Accepted;
}

/// <summary>One finding as recorded: the rule, the line of the draft and the message.</summary>
public sealed record CheckFindingV1(string? Rule, int Line, string? Message);
