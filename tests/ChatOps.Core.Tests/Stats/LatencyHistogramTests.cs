using ChatOps.Core.Stats;

namespace ChatOps.Core.Tests.Stats;

public sealed class LatencyHistogramTests
{
    private static (string, long, double)[] Buckets(params double[] seconds) =>
        seconds.Select(s => (LatencyHistogram.BucketOf(TimeSpan.FromSeconds(s)), 1L, s)).ToArray();

    [Fact]
    public void Percentile_OneLatency_IsExact()
    {
        Assert.Equal(TimeSpan.FromSeconds(4.1439937), LatencyHistogram.Percentile(Buckets(4.1439937), 0.9));
    }

    [Fact]
    public void Percentile_None_IsNull() => Assert.Null(LatencyHistogram.Percentile([], 0.5));

    [Fact]
    public void Percentile_ManyLatencies_WithinABucketOfTheExactValue()
    {
        var random = new Random(7);
        var seconds = Enumerable.Range(0, 5_000).Select(_ => Math.Exp(random.NextDouble() * 12)).ToArray();
        var sorted = seconds.Order().ToArray();

        foreach (var p in new[] { 0.5, 0.9, 0.99 })
        {
            var exact = sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
            var kept = LatencyHistogram.Percentile(Buckets(seconds), p)!.Value.TotalSeconds;
            Assert.InRange(kept / exact, 1 / 1.1, 1.1); // eight buckets per doubling: each under 9% wide
        }
    }

    [Fact]
    public void BucketOf_TextOrderIsNumericOrder() =>
        Assert.True(string.CompareOrdinal(LatencyHistogram.BucketOf(TimeSpan.FromSeconds(9)), LatencyHistogram.BucketOf(TimeSpan.FromSeconds(10))) < 0);
}
