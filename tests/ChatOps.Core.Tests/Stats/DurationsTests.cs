using ChatOps.Core.Stats;

namespace ChatOps.Core.Tests.Stats;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0.85, "850 ms")]
    [InlineData(4.1439937, "4 s")]
    [InlineData(59.4, "59 s")]
    [InlineData(60, "1 min")]
    [InlineData(725, "12 min 5 s")]
    [InlineData(7800, "2 h 10 min")]
    [InlineData(7200, "2 h")]
    [InlineData(273600, "3 d 4 h")]
    public void Humanise_SaysItAsAPersonWould(double seconds, string expected) =>
        Assert.Equal(expected, Durations.Humanise(TimeSpan.FromSeconds(seconds)));
}
