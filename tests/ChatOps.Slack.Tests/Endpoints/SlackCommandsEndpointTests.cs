using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Endpoints;

public sealed class SlackCommandsEndpointTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Theory]
    [InlineData("draft incident-update INC-7 the API is down", "draft", "incident-update INC-7 the API is down")]
    [InlineData("Check  my own text [1]", "check", "my own text [1]")]
    [InlineData("who-approved", "who-approved", "")]
    [InlineData("help", "help", "")]
    [InlineData("", "help", "")]
    public async Task Command_ReachesInbox_AsVerbAndArguments(string text, string verb, string arguments)
    {
        // Arrange
        await using var host = await SlackEndpointHost.StartAsync();

        // Act
        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/commands"), SlackPayloads.Command(text), Form, host.UnixNow));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var command = Assert.IsType<SlackCommandReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal(verb, command.Verb);
        Assert.Equal(arguments, command.Arguments);
        Assert.Equal(new SlackActor(SlackPayloads.Person, SlackPayloads.Team), command.Who);
        Assert.Equal(new SlackPlace(SlackPayloads.Channel, null), command.Where);
        Assert.Equal("https://hooks.slack.com/commands/T000TEST/1234/abcd", command.ResponseUrl);
    }

    [Fact]
    public async Task InboxReply_IsAnsweredAtOnce_ToThePersonOnly()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        host.Inbox.Result = new InboxResult { Reply = "Drafting incident-update… I will answer in the channel." };

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/commands"), SlackPayloads.Command("draft incident-update"), Form, host.UnixNow));

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", json["response_type"]!.GetValue<string>());
        Assert.Equal("Drafting incident-update… I will answer in the channel.", json["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SslCheck_IsAnsweredWithoutSignature_AndActsOnNothing()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var probe = "ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO&text=draft+incident-update&user_id=U024BE7LH&channel_id=C0123456789";

        using var response = await host.Client.SendAsync(TestSigner.Request(host.Url("slack/commands"), probe, Form, null, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Inbox.Items);
    }
}
