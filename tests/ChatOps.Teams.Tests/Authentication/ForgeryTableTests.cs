using System.Globalization;
using System.Net;
using ChatOps.Teams.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Tests.Authentication;

/// <summary>
/// Tables of forged Bot Framework requests, each signed by the channel's real (served) key, so only the one thing that
/// is wrong can refuse it: audience shapes, channel id spellings, repeated claims and repeated activity properties.
/// None may reach the inbox.
/// </summary>
public sealed class ForgeryTableTests : IAsyncLifetime
{
    private const string Ours = TeamsBotHost.AppId;
    private const string Other = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static readonly string[] Teams = ["msteams"];
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly RsaSecurityKey key = FakeChannelIdentity.NewKey();
    private FakeChannelIdentity identity = null!;
    private TeamsBotHost bot = null!;

    public static TheoryData<string, string> AudienceShapes() => new()
    {
        { "array: ours, then another app", $"[\"{Ours}\",\"{Other}\"]" },
        { "array: another app, then ours", $"[\"{Other}\",\"{Ours}\"]" },
        { "array of ours alone", $"[\"{Ours}\"]" },
        { "array of ours twice", $"[\"{Ours}\",\"{Ours}\"]" },
        { "empty array", "[]" },
        { "another app", $"\"{Other}\"" },
        { "ours in upper case", $"\"{Ours.ToUpperInvariant()}\"" },
        { "ours with a trailing space", $"\"{Ours} \"" },
        { "ours with a leading space", $"\" {Ours}\"" },
        { "ours in braces", $"\"{{{Ours}}}\"" },
        { "ours as an api uri", $"\"api://{Ours}\"" },
        { "ours and another, comma-joined", $"\"{Ours},{Other}\"" },
        { "an object", $"{{\"id\":\"{Ours}\"}}" },
        { "a number", "42" },
        { "null", "null" },
    };

    public static TheoryData<string, string> RepeatedClaims() => new()
    {
        { "aud twice: another app, then ours", $"\"aud\":\"{Other}\",\"aud\":\"{Ours}\"" },
        { "aud twice: ours, then another app", $"\"aud\":\"{Ours}\",\"aud\":\"{Other}\"" },
        { "aud twice: ours both times", $"\"aud\":\"{Ours}\",\"aud\":\"{Ours}\"" },
        { "no aud at all", string.Empty },
    };

    public static TheoryData<string> ChannelIdSpellings() => new()
    {
        "MSTEAMS", "MsTeams", "msTeams", "Msteams", "msteams ", " msteams", "msteams\t", "msteams\u200b", "\u200bmsteams",
        "ｍｓｔｅａｍｓ", "msteam", "msteamss", "msteams,msteams", "emulator", "webchat", string.Empty,
    };

    public static TheoryData<string, string> RepeatedActivityProperties() => new()
    {
        { "channelId twice: ours, then upper case", "\"channelId\":\"msteams\",\"channelId\":\"MSTEAMS\"" },
        { "channelId twice: emulator, then ours", "\"channelId\":\"emulator\",\"channelId\":\"msteams\"" },
        { "channelId in two spellings of its name", "\"channelId\":\"msteams\",\"ChannelId\":\"emulator\"" },
        { "serviceUrl twice: another, then the token's", $"\"serviceUrl\":\"https://evil.example/\",\"serviceUrl\":\"{TestActivities.ServiceUrl}\"" },
        { "serviceUrl twice: the token's, then another", $"\"serviceUrl\":\"{TestActivities.ServiceUrl}\",\"serviceUrl\":\"https://evil.example/\"" },
    };

    public async Task InitializeAsync()
    {
        identity = await FakeChannelIdentity.StartAsync();
        identity.Serve((key, Teams));
        bot = await TeamsBotHost.StartAsync(identity.MetadataUrl, time);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await identity.DisposeAsync();
    }

    [Fact]
    public async Task TheControl_AStringAudienceOfOurs_IsAccepted()
    {
        var response = await bot.PostAsync(TestActivities.Message("hi").ToJsonString(), Token($"\"aud\":\"{Ours}\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Inbox.Received);
    }

    [Theory]
    [MemberData(nameof(AudienceShapes))]
    public async Task AnAudienceOtherThanExactlyOurs_IsRefused(string name, string audienceJson)
    {
        var response = await bot.PostAsync(TestActivities.Message("hi").ToJsonString(), Token($"\"aud\":{audienceJson}"));

        AssertRefused(name, response);
    }

    [Theory]
    [MemberData(nameof(RepeatedClaims))]
    public async Task ARepeatedOrMissingAudience_IsRefused(string name, string audienceClaims)
    {
        var response = await bot.PostAsync(TestActivities.Message("hi").ToJsonString(), Token(audienceClaims));

        AssertRefused(name, response);
    }

    [Theory]
    [MemberData(nameof(ChannelIdSpellings))]
    public async Task AChannelIdTheKeyIsNotEndorsedForExactly_IsRefused(string channelId)
    {
        var response = await bot.PostAsync(TestActivities.Message("hi", channelId: channelId).ToJsonString(), Token($"\"aud\":\"{Ours}\""));

        AssertRefused($"channelId \"{channelId}\"", response);
    }

    [Theory]
    [MemberData(nameof(RepeatedActivityProperties))]
    public async Task AnActivityThatRepeatsAProperty_IsRefused(string name, string properties)
    {
        var activity = TestActivities.Message("hi");
        activity.Remove("channelId");
        activity.Remove("serviceUrl");
        var json = activity.ToJsonString();
        var serviceUrl = properties.Contains("serviceUrl", StringComparison.Ordinal) ? string.Empty : $",\"serviceUrl\":\"{TestActivities.ServiceUrl}\"";
        var channel = properties.Contains("hannelId", StringComparison.Ordinal) ? string.Empty : ",\"channelId\":\"msteams\"";
        var forged = json[..^1] + "," + properties + serviceUrl + channel + "}";

        var response = await bot.PostAsync(forged, Token($"\"aud\":\"{Ours}\""));

        AssertRefused(name, response);
    }

    private void AssertRefused(string name, HttpResponseMessage response)
    {
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: answered {(int)response.StatusCode}");
        Assert.Empty(bot.Inbox.Received);
    }

    // A channel token with the given audience claims, otherwise valid: the served key, the channel's issuer, live, our serviceUrl.
    private string Token(string audienceClaims)
    {
        var now = time.GetUtcNow();
        string Seconds(DateTimeOffset t) => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var claims = new[]
        {
            $"\"iss\":\"{FakeChannelIdentity.Issuer}\"", audienceClaims, $"\"nbf\":{Seconds(now.AddMinutes(-1))}", $"\"iat\":{Seconds(now.AddMinutes(-1))}",
            $"\"exp\":{Seconds(now.AddHours(1))}", $"\"serviceurl\":\"{TestActivities.ServiceUrl}\"",
        };
        return FakeChannelIdentity.MintRaw(key, "{" + string.Join(",", claims.Where(c => c.Length > 0)) + "}");
    }
}
