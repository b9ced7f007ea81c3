using System.Net;
using ChatOps.Slack.Outbound;

namespace ChatOps.Slack.Tests.Api;

public sealed class SlackRetryDelayTests
{
    [Theory]
    [InlineData(0, 0.0, 0.5)]
    [InlineData(0, 0.999, 1.499)]
    [InlineData(1, 0.5, 2.0)]
    [InlineData(3, 0.0, 4.0)]
    [InlineData(5, 0.999, 30.0)]
    [InlineData(50, 0.999, 30.0)]
    public void Backoff_IsJitteredExponential_AndCapped(int attempt, double random, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, SlackRetryDelay.Backoff(attempt, random).TotalSeconds, 3);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("0", 1)]
    [InlineData(null, 1)]
    public void RetryAfter_ReadsSlacksSeconds_OrFallsBackToOneSecond(string? header, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", header);
        }

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), SlackRetryDelay.RetryAfter(response.Headers, DateTimeOffset.UnixEpoch));
    }
}
