using System.Net;
using ChatOps.Teams.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Teams.Tests.Authentication;

/// <summary>With no app id configured the bot is in Emulator mode: unauthenticated, loopback only.</summary>
public sealed class EmulatorModeTests
{
    [Fact]
    public async Task Post_NoAppIdAndNoTokenFromLoopback_IsAccepted()
    {
        // Arrange
        await using var bot = await TeamsBotHost.StartAsync(metadataUrl: null, new FakeTimeProvider(DateTimeOffset.UtcNow));

        // Act
        var response = await bot.PostAsync(TestActivities.Message("hi", channelId: "emulator", serviceUrl: "http://127.0.0.1:9/").ToJsonString(), bearerToken: null);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Inbox.Received);
    }

    [Fact]
    public async Task Post_NoAppIdButATokenIsSent_Is401()
    {
        // Arrange
        await using var bot = await TeamsBotHost.StartAsync(metadataUrl: null, new FakeTimeProvider(DateTimeOffset.UtcNow));

        // Act
        var response = await bot.PostAsync(TestActivities.Message("hi").ToJsonString(), bearerToken: "eyJhbGciOiJub25lIn0.e30.");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }

    [Fact]
    public async Task Post_AppIdSetAndNoTokenFromLoopback_Is401()
    {
        // Arrange: loopback is no excuse once an app id is configured.
        await using var identity = await FakeChannelIdentity.StartAsync();
        await using var bot = await TeamsBotHost.StartAsync(identity.MetadataUrl, new FakeTimeProvider(DateTimeOffset.UtcNow));

        // Act
        var response = await bot.PostAsync(TestActivities.Message("hi").ToJsonString(), bearerToken: null);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }
}
