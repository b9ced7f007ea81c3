using System.Text;
using ChatOps.Slack.Authentication;
using ChatOps.Slack.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Verification;

public sealed class SlackRequestVerifierTests
{
    // Slack's worked example ("Verifying requests from Slack"): a slash command body signed with this secret at this time.
    public const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const long ExampleTimestamp = 1531420618;
    public const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    public const string ExampleBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com"
        + "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    [Fact]
    public void Compute_SlackPublishedExample_GivesPublishedSignature()
    {
        Assert.Equal(ExampleSignature, SlackSignature.Compute(ExampleSecret, ExampleTimestamp, Encoding.UTF8.GetBytes(ExampleBody)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_SlackPublishedExample_WithinFiveMinutes_IsValid(int clockOffsetSeconds)
    {
        var verifier = Verifier(ExampleSecret, ExampleTimestamp + clockOffsetSeconds);

        var result = verifier.Verify(ExampleTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), ExampleSignature, Encoding.UTF8.GetBytes(ExampleBody));

        Assert.Equal(SlackVerification.Valid, result);
    }

    [Theory]
    [MemberData(nameof(Forgeries.Table), MemberType = typeof(Forgeries))]
    public void Verify_Forgery_IsRefused(string name, Forgery forgery)
    {
        var verifier = Verifier(forgery.Secret, forgery.NowSeconds);

        var result = verifier.Verify(forgery.TimestampHeader, forgery.SignatureHeader, Encoding.UTF8.GetBytes(forgery.Body));

        Assert.True(result == forgery.Expected, $"{name}: got {result}, want {forgery.Expected}");
    }

    internal static SlackRequestVerifier Verifier(string? secret, long nowSeconds) =>
        new(new StaticOptionsMonitor<SlackOptions>(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds)));
}
