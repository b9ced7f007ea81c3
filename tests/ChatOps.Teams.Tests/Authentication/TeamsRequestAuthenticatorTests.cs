using System.Net;
using ChatOps.Teams.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Teams.Tests.Authentication;

/// <summary>Emulator-mode rules that a loopback server cannot exercise: requests from other machines.</summary>
public sealed class TeamsRequestAuthenticatorTests
{
    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("203.0.113.9")]
    [InlineData("::ffff:10.0.0.7")]
    public async Task Authenticate_NoAppIdFromAnotherMachine_Is401(string remote)
    {
        // Arrange
        using var services = new ServiceCollection().AddLogging()
            .AddChatOpsTeams(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var authenticator = services.GetRequiredService<TeamsRequestAuthenticator>();
        var context = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(remote) } };

        // Act
        var outcome = await authenticator.AuthenticateAsync(context);

        // Assert
        Assert.Equal(401, outcome.StatusCode);
    }

    [Fact]
    public async Task Authenticate_NoAppIdFromLoopback_IsAllowedAnonymously()
    {
        // Arrange
        using var services = new ServiceCollection().AddLogging()
            .AddChatOpsTeams(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var context = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.IPv6Loopback } };

        // Act
        var outcome = await services.GetRequiredService<TeamsRequestAuthenticator>().AuthenticateAsync(context);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Token);
    }
}
