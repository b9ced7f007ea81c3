namespace ChatOps.Core.Ledger;

/// <summary>The kinds of job the outbox runs.</summary>
public static class JobKinds
{
    public const string WriteBack = "write-back";
    public const string Reminder = "reminder";
    public const string Expiry = "expiry";

    /// <summary>A nudge to the approvers of a request still pending after the policy's <c>remind_after_hours</c>.</summary>
    public const string StaleApproval = "stale-approval";
}
