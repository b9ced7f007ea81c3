using ChatOps.Teams.Outbound;

namespace ChatOps.Teams.Tests.Outbound;

public sealed class RetryDelayTests
{
    private static readonly TeamsRetryOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(20) };

    [Theory]
    [InlineData(1, 0.0, 1.0)]
    [InlineData(1, 0.999, 2.0)]
    [InlineData(2, 0.0, 2.0)]
    [InlineData(3, 0.5, 6.0)]
    [InlineData(10, 0.0, 10.0)]
    public void Compute_WithoutRetryAfter_IsJitteredExponentialBackoffCapped(int retry, double jitter, double expectedSeconds) =>
        Assert.Equal(expectedSeconds, RetryDelay.Compute(retry, null, Options, jitter).TotalSeconds, precision: 2);

    [Fact]
    public void Compute_RetryAfterLongerThanBackoff_WaitsForRetryAfter() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.Compute(1, TimeSpan.FromSeconds(7), Options, 0.5));

    [Fact]
    public void Compute_RetryAfterShorterThanBackoff_KeepsBackoff() =>
        Assert.Equal(TimeSpan.FromSeconds(1.5), RetryDelay.Compute(1, TimeSpan.Zero, Options, 0.5));

    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    public void IsTransient_ClassifiesStatuses(int status, bool expected) => Assert.Equal(expected, RetryDelay.IsTransient(status));
}
