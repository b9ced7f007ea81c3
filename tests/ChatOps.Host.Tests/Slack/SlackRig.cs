using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests.Slack;

/// <summary>The shipped policy's Slack ids and the signing secret the Slack journeys use, and how to find a button.</summary>
internal static class SlackRig
{
    public const string Secret = "test-signing-secret";
    public const string Alice = "U0ALICE01";
    public const string Bob = "U0BOB0002";
    public const string Carol = "U0CAROL03";
    public const string Dave = "U0DAVE004";

    public static string[] HostArgs(FakeSlackServer slack, params string[] more) =>
        ["--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString(), .. more];

    /// <summary>The button whose action_id is the verb, in the blocks of a posted message.</summary>
    public static JsonNode Button(JsonObject posted, string verb) =>
        posted["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).FirstOrDefault(e => e!["action_id"]?.GetValue<string>() == verb)
        ?? throw new InvalidOperationException($"No \"{verb}\" button in {posted.ToJsonString()}");
}
