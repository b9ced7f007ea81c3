using System.Text.Json.Serialization;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>The timing of an approval with a validity: its reminder before it lapses, and its expiry.</summary>
public abstract record ValidityJob(string Version, string? Owner, [property: JsonPropertyName("expires_at")] string? ExpiresAt, string? Thread) : JobPayload;

/// <summary>Reminds the thread that an approval lapses soon.</summary>
public sealed record ReminderJob(string Version, string? Owner, string? ExpiresAt, string? Thread) : ValidityJob(Version, Owner, ExpiresAt, Thread)
{
    protected override string KindName => JobKinds.Reminder;
}

/// <summary>Lapses an approval at the end of its validity.</summary>
public sealed record ExpiryJob(string Version, string? Owner, string? ExpiresAt, string? Thread) : ValidityJob(Version, Owner, ExpiresAt, Thread)
{
    protected override string KindName => JobKinds.Expiry;
}
