namespace ChatOps.Drafting.Tests.Support;

/// <summary>A clock the test moves by hand, for budgets per day and cache expiry.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
