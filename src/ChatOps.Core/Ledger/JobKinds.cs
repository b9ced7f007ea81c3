namespace ChatOps.Core.Ledger;

/// <summary>The kinds of job the outbox runs.</summary>
public static class JobKinds
{
    public const string WriteBack = "write-back";
    public const string Reminder = "reminder";
    public const string Expiry = "expiry";
}
