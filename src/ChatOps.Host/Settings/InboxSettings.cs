namespace ChatOps.Host.Settings;

/// <summary>The durable inbox: how long a worker holds a request (<c>Inbox:LeaseSeconds</c>) before another may take it over.</summary>
/// <remarks>Longer than the slowest draft, so a live worker is not overtaken; a dead worker's requests wait this long.</remarks>
public sealed class InboxSettings
{
    public int LeaseSeconds { get; set; } = 120;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
