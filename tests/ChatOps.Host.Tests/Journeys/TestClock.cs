namespace ChatOps.Host.Tests.Journeys;

/// <summary>
/// The host's clock for journeys that span hours or days: the real time plus an offset the test moves forward, so
/// jobs fall due as if the time had passed while timers (polls, leases) keep running at their real pace.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
