using ChatOps.Cli.Output;

namespace ChatOps.Cli.Tests.Output;

public sealed class SpanUnderlinerTests
{
    [Fact]
    public void Underline_SpanInsideSecondLine_MarksOnlyTheSpan()
    {
        const string draft = "# Title\nThe cache failed at 14:02 UTC.\n";
        var start = draft.IndexOf("14:02", StringComparison.Ordinal);

        var line = Assert.Single(SpanUnderliner.Underline(draft, start, start + 5));

        Assert.Equal(2, line.LineNumber);
        Assert.Equal("The cache failed at 14:02 UTC.", line.Text);
        Assert.Equal(new string(' ', 20) + "^^^^^", line.Marker);
    }

    [Fact]
    public void Underline_SpanAcrossTwoLines_MarksEachLinesPart()
    {
        const string draft = "- first half\n  second half\n";

        var lines = SpanUnderliner.Underline(draft, 2, draft.Length - 1);

        Assert.Equal([1, 2], lines.Select(l => l.LineNumber));
        Assert.Equal("  ^^^^^^^^^^", lines[0].Marker);
        Assert.Equal("^^^^^^^^^^^^^", lines[1].Marker);
    }

    [Fact]
    public void Underline_SpanOutsideTheDraft_IsClampedNotThrown()
    {
        var line = Assert.Single(SpanUnderliner.Underline("short", 3, 400));

        Assert.Equal("   ^^", line.Marker);
    }

    [Fact]
    public void Underline_TabIndentedLine_KeepsTabsInTheMarker()
    {
        var line = Assert.Single(SpanUnderliner.Underline("\tx = 1", 1, 2));

        Assert.Equal("\t^", line.Marker);
    }
}
