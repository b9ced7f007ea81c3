using System.Threading.RateLimiting;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Console;

/// <summary>Each person may send a burst of requests, then a few a second; one busy user cannot starve the others.</summary>
public sealed class PerPersonRateLimit(IOptions<ConsoleSettings> settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(person =>
        RateLimitPartition.GetTokenBucketLimiter(person, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, settings.Value.Burst),
            TokensPerPeriod = Math.Max(1, settings.Value.PerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string person)
    {
        using var lease = limiter.AttemptAcquire(person);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => limiter.Dispose();
}
