using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary>
/// <c>reminder-sent</c> v1: the approvers or the drafter were reminded, by the job that did it. A validity reminder
/// names the owner and when the approval lapses; a nudge of a waiting request says <c>stale-approval</c> and since when.
/// </summary>
public sealed record ReminderSentV1(
    string? Job,
    string? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Thread,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Owner,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExpiresAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WaitingSince,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reminder) : LedgerBody, ILedgerBody<ReminderSentV1>
{
    public const string StaleApproval = "stale-approval";

    public static string Kind => LedgerRecordKinds.ReminderSent;

    public static JsonTypeInfo<ReminderSentV1> Json => LedgerJsonContext.Default.ReminderSentV1;
}
