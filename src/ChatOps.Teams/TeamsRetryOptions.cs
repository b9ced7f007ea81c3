namespace ChatOps.Teams;

/// <summary>How Bot Connector calls are retried on 429, 412 and transient server errors (the <c>Teams:Retry</c> section).</summary>
public sealed class TeamsRetryOptions
{
    /// <summary>Retries after the first attempt; Teams' guidance uses 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff step; each later step doubles it.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff step.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A longer Retry-After than this is not waited for: the call fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
