using System.Globalization;

namespace ChatOps.Core.Stats;

/// <summary>
/// Review latencies kept as a log-scale histogram: eight buckets per doubling (each about 9% wide), each with its count
/// and the sum of its latencies, so a percentile is read from a few hundred rows and reported as its bucket's mean.
/// </summary>
public static class LatencyHistogram
{
    private const int BucketsPerDoubling = 8;

    /// <summary>The bucket of a latency, as the dimension the store keeps (zero-padded so text order is numeric order).</summary>
    public static string BucketOf(TimeSpan latency)
    {
        var milliseconds = Math.Max(1.0, latency.TotalMilliseconds);
        var bucket = (int)Math.Floor(Math.Log2(milliseconds) * BucketsPerDoubling);
        return bucket.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>The latency at quantile <paramref name="p"/> (0–1) of the kept buckets (count, sum of seconds); null when empty.</summary>
    public static TimeSpan? Percentile(IEnumerable<(string Bucket, long Count, double Seconds)> buckets, double p)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var merged = buckets
            .GroupBy(b => b.Bucket, StringComparer.Ordinal)
            .Select(g => (Bucket: g.Key, Count: g.Sum(b => b.Count), Seconds: g.Sum(b => b.Seconds)))
            .Where(b => b.Count > 0)
            .OrderBy(b => b.Bucket, StringComparer.Ordinal)
            .ToArray();
        var total = merged.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(p * total));
        long seen = 0;
        foreach (var b in merged)
        {
            seen += b.Count;
            if (seen >= rank)
            {
                return TimeSpan.FromSeconds(b.Seconds / b.Count);
            }
        }

        var last = merged[^1];
        return TimeSpan.FromSeconds(last.Seconds / last.Count);
    }
}
