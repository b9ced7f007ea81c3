using ChatOps.Slack.Inbound;
using ChatOps.Slack.Outbound;
using ChatOps.Slack.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.Tests;

public sealed class SlackOptionsTests
{
    [Theory]
    [InlineData(null, "xoxb-1", "Slack:SigningSecret")]
    [InlineData("   ", "xoxb-1", "Slack:SigningSecret")]
    [InlineData("secret", null, "Slack:BotToken")]
    public async Task HalfConfiguredSlack_FailsStartup_NamingTheMissingSetting(string? secret, string? token, string setting)
    {
        // Arrange
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = secret, ["Slack:BotToken"] = token };

        // Act
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackEndpointHost.StartAsync(settings));

        // Assert
        Assert.Contains(setting, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://slack.com/api", "end with '/'")]
    [InlineData("ftp://slack.example/api/", "absolute http(s)")]
    public async Task BadApiBaseUrl_FailsStartup(string url, string message)
    {
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1", ["Slack:ApiBaseUrl"] = url };

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackEndpointHost.StartAsync(settings));

        Assert.Contains("Slack:ApiBaseUrl", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BindFromConfiguration_WithSlacksApiAsTheDefaultBase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddChatOpsSlack(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;

        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUrl);
        Assert.Equal("s", options.SigningSecret);
        Assert.True(options.IsConfigured);
        Assert.IsType<SlackWebApiClient>(services.GetRequiredService<ISlackWebApi>());
    }

    [Fact]
    public async Task NothingConfigured_StartsFine()
    {
        await using var host = await SlackEndpointHost.StartAsync(new Dictionary<string, string?>());

        Assert.Empty(host.Inbox.Items);
    }

    [Fact]
    public void EveryPublicAsyncMethod_EndsWithAnOptionalCancellationToken()
    {
        var methods = typeof(SlackOptions).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            var last = m.GetParameters().LastOrDefault();
            Assert.True(last?.ParameterType == typeof(CancellationToken) && last.HasDefaultValue, $"{m.DeclaringType!.Name}.{m.Name}");
        });
    }

    [Fact]
    public async Task MapSlack_IsUsableFromAPlainWebApplication()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddChatOpsSlack(builder.Configuration);
        builder.Services.AddSingleton<ISlackInbox, RecordingInbox>();
        await using var app = builder.Build();

        var group = app.MapSlack();

        Assert.NotNull(group);
    }

    [Fact]
    public async Task MapSlack_WithoutAnInbox_FailsAtStartup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddChatOpsSlack(builder.Configuration);
        await using var app = builder.Build();

        var e = Assert.Throws<InvalidOperationException>(() => app.MapSlack());

        Assert.Contains("ISlackInbox", e.Message, StringComparison.Ordinal);
    }
}
