using ChatOps.Core.Stats;

namespace ChatOps.Core.Tests.Stats;

public sealed class StatsSinceTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7d", "2026-01-04")]
    [InlineData("1d", "2026-01-10")]
    [InlineData("2w", "2025-12-28")]
    [InlineData("2026-01-02", "2026-01-02")]
    public void TryParse_DaysWeeksOrADate(string text, string expected)
    {
        Assert.True(StatsSince.TryParse(text, Now, out var since, out _));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("all")]
    public void TryParse_AllOrNothing_IsEverything(string? text)
    {
        Assert.True(StatsSince.TryParse(text, Now, out var since, out _));
        Assert.Null(since);
    }

    [Theory]
    [InlineData("7 days")]
    [InlineData("0d")]
    [InlineData("3m")]
    public void TryParse_Else_NamesTheForms(string text)
    {
        Assert.False(StatsSince.TryParse(text, Now, out _, out var error));
        Assert.Contains("7d, 4w", error, StringComparison.Ordinal);
    }
}
