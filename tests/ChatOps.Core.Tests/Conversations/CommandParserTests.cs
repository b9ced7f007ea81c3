using ChatOps.Core.Conversations.Commands;

namespace ChatOps.Core.Tests.Conversations;

public sealed class CommandParserTests
{
    [Fact]
    public void Draft_WithTicketAndRequest() =>
        Assert.Equal(new DraftCommand("customer-update", "INC-2041", "status for EU customers"),
            CommandParser.Parse("draft customer-update INC-2041 status for EU customers"));

    [Fact]
    public void Draft_WithoutTicket_KeepsTheWholeRequest() =>
        Assert.Equal(new DraftCommand("postmortem", null, "for the cert outage"), CommandParser.Parse("  Draft postmortem for the cert outage"));

    [Theory]
    [InlineData("draft")]
    [InlineData("draft customer-updates INC-1")]
    public void Draft_WithAnUnknownWorkflow_GetsHelpNamingTheWorkflows(string text)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text));
        Assert.Contains("customer-update, incident-internal", help.NotUnderstood, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who approved?", null, null)]
    [InlineData("Who approved this thread?", null, null)]
    [InlineData("who approved INC-2041?", "INC-2041", null)]
    [InlineData("who-approved d-0193aa00ffee1234", null, "d-0193aa00ffee1234")]
    [InlineData("who approved acme/api#12", "acme/api#12", null)]
    public void WhoApproved_AboutThreadTicketOrDraft(string text, string? ticket, string? draft) =>
        Assert.Equal(new WhoApprovedCommand(ticket, draft), CommandParser.Parse(text));

    [Fact]
    public void Edit_WithDraftIdAndText() =>
        Assert.Equal(new EditCommand("d-0193aa00ffee1234", "New text [S1]."), CommandParser.Parse("edit d-0193aa00ffee1234 New text [S1]."));

    [Fact]
    public void Edit_WithoutDraftId_AppliesToTheThreadsLatest() =>
        Assert.Equal(new EditCommand(null, "New text [S1]."), CommandParser.Parse("edit New text [S1]."));

    [Theory]
    [InlineData("submit", null)]
    [InlineData("submit d-0193aa00ffee1234", "d-0193aa00ffee1234")]
    public void Submit(string text, string? draft) => Assert.Equal(new SubmitCommand(draft), CommandParser.Parse(text));

    [Theory]
    [InlineData("stats")]
    [InlineData("scorecard")]
    public void Stats(string text) => Assert.IsType<StatsCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("what's up")]
    [InlineData("check")]
    public void UnknownOrIncomplete_GetsHelpSayingWhat(string text) =>
        Assert.False(string.IsNullOrEmpty(Assert.IsType<HelpCommand>(CommandParser.Parse(text)).NotUnderstood));
}
