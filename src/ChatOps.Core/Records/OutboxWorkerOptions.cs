namespace ChatOps.Core.Records;

/// <summary>How the outbox worker claims and retries jobs; checked when the worker is built.</summary>
public sealed record OutboxWorkerOptions
{
    public int BatchSize { get; init; } = 20;

    /// <summary>How long a claimed job is held before another worker may take it over (a crashed worker's jobs come back).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; init; } = 10;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    public OutboxWorkerOptions Validated()
    {
        Check(BatchSize is >= 1 and <= 1000, nameof(BatchSize), "between 1 and 1000");
        Check(Lease > TimeSpan.Zero, nameof(Lease), "positive");
        Check(MaxAttempts >= 1, nameof(MaxAttempts), "at least 1");
        Check(FirstRetryDelay > TimeSpan.Zero && FirstRetryDelay <= MaxRetryDelay, nameof(FirstRetryDelay), $"positive and at most {nameof(MaxRetryDelay)}");
        Check(PollInterval > TimeSpan.Zero, nameof(PollInterval), "positive");
        return this;
    }

    /// <summary>Exponential backoff: the first delay doubled per attempt, capped.</summary>
    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));

    private static void Check(bool ok, string name, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"OutboxWorkerOptions.{name} must be {rule}.");
        }
    }
}
