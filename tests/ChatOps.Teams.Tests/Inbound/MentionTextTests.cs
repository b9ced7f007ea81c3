using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Tests.Inbound;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>ChatOps</at> help", "help")]
    [InlineData("please <at>ChatOps</at>&nbsp;draft incident-internal", "please draft incident-internal")]
    [InlineData("<AT id=\"0\">Chat Ops</AT> who approved?", "who approved?")]
    [InlineData("<at>ChatOps</at>", "")]
    [InlineData("no mention here", "no mention here")]
    [InlineData(null, "")]
    public void Strip_RemovesMentionMarkup(string? text, string expected) => Assert.Equal(expected, MentionText.Strip(text));
}
