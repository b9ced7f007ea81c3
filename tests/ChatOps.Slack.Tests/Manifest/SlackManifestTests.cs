using System.Text.Json.Nodes;
using ChatOps.Slack.Tests.Support;
using NJsonSchema;

namespace ChatOps.Slack.Tests.Manifest;

public sealed class SlackManifestTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    [Fact]
    public async Task Manifest_IsValidAgainstSlacksManifestSchema()
    {
        // Arrange
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Data, "slack-app-manifest.schema.json"));
        var manifest = Manifest();

        // Act
        var errors = schema.Validate(manifest.ToJsonString());

        // Assert
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Manifest_IsValidForAjv_Too()
    {
        var file = Path.Combine(Path.GetTempPath(), $"chatops-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Manifest().ToJsonString());
        try
        {
            var (exit, output, error) = await NodePeers.RunAsync("node", ["validate-manifest.mjs", Path.Combine(Data, "slack-app-manifest.schema.json"), file]);

            Assert.True(exit == 0, output + error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SchemaCheck_RefusesAManifestWithAMistake()
    {
        // A control: the same manifest with a misspelt key and a too-long command must fail the same check.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Data, "slack-app-manifest.schema.json"));
        var manifest = Manifest();
        manifest["settings"]!["interactivity"]!["enabled"] = true;
        manifest["features"]!["slash_commands"]![0]!["command"] = "/" + new string('c', 40);

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.True(errors.Count >= 2, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Manifest_PointsAtOurEndpoints_AndAsksForTheScopesWeUse()
    {
        var manifest = Manifest();

        var command = manifest["features"]!["slash_commands"]![0]!;
        Assert.Equal("/chatops", command["command"]!.GetValue<string>());
        Assert.EndsWith("/slack/commands", command["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/slack/events", manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/slack/interactive", manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
        var events = Strings(manifest["settings"]!["event_subscriptions"]!["bot_events"]);
        Assert.Contains("app_mention", events);
        Assert.Contains("message.channels", events);
        var scopes = Strings(manifest["oauth_config"]!["scopes"]!["bot"]);
        // app_mention, thread messages and their history (conversations.replies in channels, private channels, DMs and group
        // DMs), posting, /chatops, users.info.
        Assert.Subset(scopes.ToHashSet(), new HashSet<string> { "app_mentions:read", "channels:history", "groups:history", "im:history", "mpim:history", "chat:write", "commands", "users:read" });
        Assert.False(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.NotNull(manifest["features"]!["bot_user"]!["display_name"]);
    }

    private static JsonNode Manifest() => YamlJson.Convert(File.ReadAllText(Path.Combine(Data, "manifest.yaml")))!;

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];
}
