using System.Text;
using System.Text.Json;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Tests.Inbound;

public sealed class SlackEventEnvelopeReaderTests
{
    // An app_mention as Slack sends it: rich-text blocks, event context and fields the adapter never reads.
    private const string FullMention = """
        {"token":"XXYYZZ","team_id":"T000TEST","context_team_id":"T000TEST","context_enterprise_id":null,"api_app_id":"A000TEST",
         "event":{"user":"U0ALICE01","type":"app_mention","ts":"1790000099.000100","client_msg_id":"c1f0","text":"<@U000TEST> draft \"INC-7\" \u2014 now",
           "team":"T000TEST","thread_ts":"1790000000.000100","parent_user_id":"U0BOB0001",
           "blocks":[{"type":"rich_text","block_id":"b1","elements":[{"type":"rich_text_section","elements":[{"type":"user","user_id":"U000TEST"},{"type":"text","text":" draft"}]}]}],
           "channel":"C0123456789","event_ts":"1790000099.000100","files":[],"edited":{"user":"U0ALICE01","ts":"1790000100.000000"}},
         "type":"event_callback","event_id":"Ev0AAA1","event_time":1790000099,
         "authorizations":[{"enterprise_id":null,"team_id":"T000TEST","user_id":"U000TEST","is_bot":true,"is_enterprise_install":false}],
         "is_ext_shared_channel":false,"event_context":"4-eyJldCI6ImFwcF9tZW50aW9uIn0"}
        """;

    [Fact]
    public void FullEvent_ReadsTheRoutedFields_AsTheDeserializerDid()
    {
        var read = SlackEventEnvelopeReader.Read(Encoding.UTF8.GetBytes(FullMention));
        var deserialized = JsonSerializer.Deserialize(FullMention, SlackJsonContext.Default.SlackEventEnvelope);

        Assert.NotNull(read);
        Assert.NotNull(deserialized);
        Assert.Equal(
            (deserialized.Type, deserialized.Challenge, deserialized.TeamId, deserialized.ApiAppId, deserialized.EventId),
            (read.Type, read.Challenge, read.TeamId, read.ApiAppId, read.EventId));
        Assert.Equal(deserialized.Event! with { Extra = null }, read.Event);
        Assert.Equal(
            deserialized.Authorizations!.Select(a => (a.TeamId, a.UserId, a.IsBot)),
            read.Authorizations!.Select(a => (a.TeamId, a.UserId, a.IsBot)));
        Assert.Equal("<@U000TEST> draft \"INC-7\" \u2014 now", read.Event!.Text);
        Assert.Equal("1790000000.000100", read.Event.ThreadTs);
    }

    [Fact]
    public void UrlVerification_ReadsTheChallenge()
    {
        var read = SlackEventEnvelopeReader.Read("""{"token":"t","challenge":"3eZbrw1aBm","type":"url_verification"}"""u8);

        Assert.Equal(("url_verification", "3eZbrw1aBm"), (read!.Type, read.Challenge));
        Assert.Null(read.Event);
    }

    [Fact]
    public void NullBody_ReadsAsNull()
    {
        Assert.Null(SlackEventEnvelopeReader.Read(" null "u8));
    }

    [Fact]
    public void RepeatedName_TheLastWins_AndEscapedNamesMatch()
    {
        var read = SlackEventEnvelopeReader.Read("""{"event_id":"Ev1","\u0065vent_id":"Ev2","event":{"user":"U1","user":null}}"""u8);

        Assert.Equal("Ev2", read!.EventId);
        Assert.Null(read.Event!.User);
    }

    [Fact]
    public void NullElementsAndNullObjects_AreNotRead()
    {
        var read = SlackEventEnvelopeReader.Read("""{"type":"event_callback","event":null,"authorizations":[null,{"user_id":"U1","is_bot":true}]}"""u8);

        Assert.Null(read!.Event);
        Assert.Equal(("U1", true), (read.Authorizations!.Single().UserId, read.Authorizations!.Single().IsBot));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("""{"type":"event_callback",}""")]
    [InlineData("""{"type":"event_callback"} {}""")]
    [InlineData("""{"type":7}""")]
    [InlineData("""{"event_id":["Ev1"]}""")]
    [InlineData("""{"event":"app_mention"}""")]
    [InlineData("""{"event":{"user":{"id":"U1"}}}""")]
    [InlineData("""{"event":{"text":"cut""")]
    [InlineData("""{"authorizations":{"user_id":"U1"}}""")]
    [InlineData("""{"authorizations":[{"is_bot":"true"}]}""")]
    [InlineData("""{"authorizations":[7]}""")]
    [InlineData("{\"type\":\"event_callback\" /* a comment */ }")]
    public void NotAnEnvelope_IsAJsonException_AsWithTheDeserializer(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.ThrowsAny<JsonException>(() => SlackEventEnvelopeReader.Read(bytes));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bytes, SlackJsonContext.Default.SlackEventEnvelope));
    }
}
