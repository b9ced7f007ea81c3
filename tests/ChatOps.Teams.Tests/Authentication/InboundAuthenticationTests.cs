using System.Net;
using System.Text;
using ChatOps.Teams.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Tests.Authentication;

/// <summary>POST /api/messages with channel tokens minted by a loopback stand-in for login.botframework.com.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private static readonly string[] Teams = ["msteams"];
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly RsaSecurityKey key = FakeChannelIdentity.NewKey();
    private FakeChannelIdentity identity = null!;
    private TeamsBotHost bot = null!;

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
    public async Task Post_ValidToken_IsAcceptedAndReachesTheInbox()
    {
        // Act
        var response = await PostAsync(FakeChannelIdentity.Mint(key, Valid()));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Inbox.Received);
    }

    [Fact]
    public async Task Post_NoToken_Is401AndNothingIsProcessed() =>
        await AssertRefused(HttpStatusCode.Unauthorized, token: null);

    [Fact]
    public async Task Post_ExpiredToken_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.Mint(key, Valid() with
        {
            NotBefore = time.GetUtcNow().AddHours(-2),
            Expires = time.GetUtcNow().AddMinutes(-6),
        }));

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_IsAccepted()
    {
        // Arrange: expired four minutes ago, inside the five-minute skew.
        var token = FakeChannelIdentity.Mint(key, Valid() with { NotBefore = time.GetUtcNow().AddHours(-1), Expires = time.GetUtcNow().AddMinutes(-4) });

        // Act
        var response = await PostAsync(token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NotYetValidToken_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.Mint(key, Valid() with
        {
            NotBefore = time.GetUtcNow().AddMinutes(10),
            Expires = time.GetUtcNow().AddHours(1),
        }));

    [Fact]
    public async Task Post_WrongIssuer_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.Mint(key, Valid() with { Issuer = "https://api.botframework.com/" }));

    [Fact]
    public async Task Post_TokenForAnotherBot_Is403() =>
        await AssertRefused(HttpStatusCode.Forbidden, FakeChannelIdentity.Mint(key, Valid() with { Audience = Guid.NewGuid().ToString() }));

    [Fact]
    public async Task Post_KeyNotEndorsedForTheChannel_Is403()
    {
        // Arrange: the key signs for Skype only, the activity comes from Teams.
        identity.Serve((key, ["skype"]));
        await using var fresh = await TeamsBotHost.StartAsync(identity.MetadataUrl, time);

        // Act
        var response = await fresh.PostAsync(TestActivities.Message("hi").ToJsonString(), FakeChannelIdentity.Mint(key, Valid()));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fresh.Inbox.Received);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimOfAnotherRegion_Is403() =>
        await AssertRefused(HttpStatusCode.Forbidden, FakeChannelIdentity.Mint(key, Valid() with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }));

    [Fact]
    public async Task Post_TokenWithoutServiceUrlClaim_Is403() =>
        await AssertRefused(HttpStatusCode.Forbidden, FakeChannelIdentity.Mint(key, Valid() with { ServiceUrl = null }));

    [Fact]
    public async Task Post_Rs256SignatureButPs256Algorithm_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.Mint(key, Valid(), SecurityAlgorithms.RsaSsaPssSha256));

    [Fact]
    public async Task Post_Hs256TokenNamingTheServedKid_Is401()
    {
        // Arrange: a symmetric key that claims the served key's id (the classic algorithm-confusion attack).
        var hmac = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))) { KeyId = key.KeyId };
        var token = FakeChannelIdentity.Mint(new SigningCredentials(hmac, SecurityAlgorithms.HmacSha256), Valid());

        // Act + Assert
        await AssertRefused(HttpStatusCode.Unauthorized, token);
    }

    [Fact]
    public async Task Post_UnsignedAlgNoneToken_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.MintUnsigned(key.KeyId, Valid()));

    [Fact]
    public async Task Post_SignedByAnUnpublishedKey_Is401() =>
        await AssertRefused(HttpStatusCode.Unauthorized, FakeChannelIdentity.Mint(FakeChannelIdentity.NewKey(), Valid()));

    [Fact]
    public async Task Post_UnknownKidThenKeyRollover_IsAcceptedAfterRefresh()
    {
        // Arrange: the bot has cached the old key set; the channel starts signing with a key it has not published yet.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(FakeChannelIdentity.Mint(key, Valid()))).StatusCode);
        var rolled = FakeChannelIdentity.NewKey();
        var early = await PostAsync(FakeChannelIdentity.Mint(rolled, Valid()), id: "2");
        identity.Serve((key, Teams), (rolled, Teams));
        time.Advance(TimeSpan.FromMinutes(5));

        // Act: the next token signed with the new key makes the bot refetch the keys.
        var response = await PostAsync(FakeChannelIdentity.Mint(rolled, Valid()), id: "3");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, bot.Inbox.Received.Count);
    }

    [Fact]
    public async Task Post_ForgedKids_RefetchKeysAtMostOncePerInterval()
    {
        // Arrange
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(FakeChannelIdentity.Mint(key, Valid()))).StatusCode);
        var fetchesBefore = identity.KeyFetches;

        // Act
        var forged = FakeChannelIdentity.NewKey();
        for (var i = 0; i < 3; i++)
        {
            forged.KeyId = $"forged-{i}";
            await PostAsync(FakeChannelIdentity.Mint(forged, Valid()), id: $"forged-{i}");
        }

        // Assert
        Assert.Equal(fetchesBefore + 1, identity.KeyFetches);
    }

    [Fact]
    public async Task Post_TenantNotAllowed_Is403()
    {
        // Arrange
        await using var strict = await TeamsBotHost.StartAsync(identity.MetadataUrl, time,
            new Dictionary<string, string?> { ["Teams:AllowedTenants:0"] = Guid.NewGuid().ToString() });

        // Act
        var response = await strict.PostAsync(TestActivities.Message("hi").ToJsonString(), FakeChannelIdentity.Mint(key, Valid()));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(strict.Inbox.Received);
    }

    [Fact]
    public async Task Post_MalformedAuthorizationHeader_Is401()
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(TestActivities.Message("hi").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        // Act
        var response = await bot.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }

    private TokenClaims Valid() => TokenClaims.Valid(time.GetUtcNow(), TeamsBotHost.AppId, TestActivities.ServiceUrl);

    private Task<HttpResponseMessage> PostAsync(string? token, string id = "1") =>
        bot.PostAsync(TestActivities.Message("hi", id).ToJsonString(), token);

    private async Task AssertRefused(HttpStatusCode expected, string? token)
    {
        var response = await PostAsync(token);
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }
}
