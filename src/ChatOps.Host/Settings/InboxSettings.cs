namespace ChatOps.Host.Settings;

/// <summary>The durable inbox: whether this instance answers requests (<c>Inbox:Workers</c>) and how long a worker holds one (<c>Inbox:LeaseSeconds</c>).</summary>
/// <remarks>The lease is longer than the slowest draft, so a live worker is not overtaken; a dead worker's requests wait this long.</remarks>
public sealed class InboxSettings
{
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>
    /// On (the default), this instance runs the workers that answer what the inbox holds (and the write-back outbox).
    /// Off, it only accepts, verifies and enqueues: an ingest instance, scaled apart from the worker instances that
    /// share its PostgreSQL database.
    /// </summary>
    public bool Workers { get; set; } = true;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
