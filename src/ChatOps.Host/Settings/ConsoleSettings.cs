namespace ChatOps.Host.Settings;

/// <summary>The console's per-person rate limit: <c>Console:Burst</c> requests at once, then <c>Console:PerSecond</c>.</summary>
public sealed class ConsoleSettings
{
    public int Burst { get; set; } = 10;

    public int PerSecond { get; set; } = 1;
}
