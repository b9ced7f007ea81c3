namespace ChatOps.Host.Settings;

/// <summary>The local console: whether it is served (<c>Console:Enabled</c>) and each person's rate limit (<c>Console:Burst</c> requests at once, then <c>Console:PerSecond</c>).</summary>
public sealed class ConsoleSettings
{
    /// <summary>Unset: on only when no Slack or Teams channel is configured. The console has no login, so it never answers a proxied or remote request.</summary>
    public bool? Enabled { get; set; }

    public int Burst { get; set; } = 10;

    public int PerSecond { get; set; } = 1;
}
