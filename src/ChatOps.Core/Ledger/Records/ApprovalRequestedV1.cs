using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>approval-requested</c> v1: a version sent for approval (or asked again, <see cref="Renewal"/>), by whom, to which roles and people.</summary>
/// <remarks>Renewal is written as null, not false, for a first request.</remarks>
public sealed record ApprovalRequestedV1(
    string? Version,
    bool? Renewal,
    string? By,
    IReadOnlyList<string>? ToRoles,
    IReadOnlyList<string>? ToPeople,
    int ApprovalsRequired) : LedgerBody, ILedgerBody<ApprovalRequestedV1>
{
    public static string Kind => LedgerRecordKinds.ApprovalRequested;

    public static JsonTypeInfo<ApprovalRequestedV1> Json => LedgerJsonContext.Default.ApprovalRequestedV1;
}
