using ChatOps.Core.Records;

namespace ChatOps.Host.Settings;

/// <summary><c>Outbox:*</c>: how write-backs are retried before they count as failed.</summary>
public sealed class OutboxSettings
{
    public int MaxAttempts { get; set; } = 10;

    public double FirstRetrySeconds { get; set; } = 2;

    public double MaxRetrySeconds { get; set; } = 600;

    public OutboxWorkerOptions ToOptions() => new()
    {
        MaxAttempts = MaxAttempts,
        FirstRetryDelay = TimeSpan.FromSeconds(FirstRetrySeconds),
        MaxRetryDelay = TimeSpan.FromSeconds(MaxRetrySeconds),
    };
}
