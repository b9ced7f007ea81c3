using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 73) + "🚀🚀🚀";

        var cut = SlackText.Truncate(text, 75);

        Assert.True(cut.Length <= 75);
        Assert.Equal(new string('a', 73) + "…", cut);
    }

    [Fact]
    public void Truncate_NeverSplitsAnEscape()
    {
        var text = SlackText.Escape(new string('a', 8) + "<b>");

        var cut = SlackText.Truncate(text, 11);

        Assert.Equal(new string('a', 8) + "…", cut);
    }

    [Theory]
    [InlineData("https://a.example/x?q=1|2", "https://a.example/x?q=1%7C2")]
    [InlineData("http://a.example/<b>", "http://a.example/%3Cb%3E")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("/relative", null)]
    [InlineData(null, null)]
    public void LinkTarget_KeepsOnlyWebAddresses_SafeForMrkdwnLinks(string? uri, string? expected)
    {
        Assert.Equal(expected, SlackText.LinkTarget(uri));
    }

    [Fact]
    public void Split_GiantWord_IsCutIntoPiecesThatFit()
    {
        var pieces = SlackTextPacker.Split("start " + new string('x', 7_000) + " end", SlackText.Escape, 3000);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 3000));
        Assert.Equal("start " + new string('x', 7_000) + " end", string.Join(string.Empty, pieces).Replace("startx", "start x", StringComparison.Ordinal).Replace("xend", "x end", StringComparison.Ordinal));
    }
}
