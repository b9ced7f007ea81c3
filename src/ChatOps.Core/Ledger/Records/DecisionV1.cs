using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>decision</c> v1: an approver's verdict on a version, in which roles, why, the draft's status after it and, for an approval with a validity, when it lapses.</summary>
/// <remarks>Verdict and Status are the names of <c>DecisionVerdict</c> and <c>ApprovalStatus</c>; ExpiresAt is ledger time.</remarks>
public sealed record DecisionV1(
    string? Version,
    string? By,
    IReadOnlyList<string>? Roles,
    string? Verdict,
    string? Reason,
    string? Status,
    string? ExpiresAt) : LedgerBody, ILedgerBody<DecisionV1>
{
    public static string Kind => LedgerRecordKinds.Decision;

    public static JsonTypeInfo<DecisionV1> Json => LedgerJsonContext.Default.DecisionV1;
}
