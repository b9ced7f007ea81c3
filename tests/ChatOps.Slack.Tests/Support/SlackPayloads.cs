using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Request bodies shaped as Slack sends them (fields from Slack's documentation and Bolt's types).</summary>
public static class SlackPayloads
{
    public const string Team = "T000TEST";
    public const string BotUser = "U000TEST";
    public const string Channel = "C0123456789";
    public const string Person = "U024BE7LH";

    public static string UrlVerification(string challenge) =>
        new JsonObject { ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl", ["challenge"] = challenge, ["type"] = "url_verification" }.ToJsonString();

    public static string AppMention(string eventId, string text, string ts = "1790000000.000100", string? threadTs = null) =>
        Event(eventId, new JsonObject
        {
            ["type"] = "app_mention", ["user"] = Person, ["text"] = text, ["ts"] = ts, ["channel"] = Channel, ["event_ts"] = ts,
            ["thread_ts"] = threadTs, ["team"] = Team,
        });

    public static string Message(
        string eventId, string text, string? user = Person, string? threadTs = "1790000000.000100", string? botId = null, string? subtype = null, string channelType = "channel") =>
        Event(eventId, new JsonObject
        {
            ["type"] = "message", ["user"] = user, ["text"] = text, ["ts"] = "1790000050.000100", ["channel"] = Channel,
            ["channel_type"] = channelType, ["event_ts"] = "1790000050.000100", ["thread_ts"] = threadTs, ["bot_id"] = botId, ["subtype"] = subtype,
        });

    public static string Command(string text, string triggerId = "13345224609.738474920.8088930838d88f008e0") => Form(
        ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", Team), ("team_domain", "example"), ("channel_id", Channel),
        ("channel_name", "incidents"), ("user_id", Person), ("user_name", "dana"), ("command", "/chatops"), ("text", text),
        ("api_app_id", "A000TEST"), ("is_enterprise_install", "false"),
        ("response_url", "https://hooks.slack.com/commands/T000TEST/1234/abcd"), ("trigger_id", triggerId));

    public static string BlockActions(
        string actionId, string value, string actionTs, string triggerId = "1790000000.1.abcdef", string messageTs = "1790000010.000100", JsonArray? messageBlocks = null) =>
        new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = Person, ["username"] = "dana", ["name"] = "dana", ["team_id"] = Team },
            ["api_app_id"] = "A000TEST",
            ["token"] = "unused",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = Channel, ["is_ephemeral"] = false },
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "example" },
            ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "incidents" },
            ["message"] = new JsonObject
            {
                ["type"] = "message", ["user"] = BotUser, ["ts"] = messageTs, ["thread_ts"] = "1790000000.000100", ["text"] = "Approval needed",
                ["blocks"] = messageBlocks ?? [],
            },
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = "https://hooks.slack.com/actions/T000TEST/1/abc",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = "actions-0", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = actionId },
                ["value"] = value, ["type"] = "button", ["action_ts"] = actionTs,
            }),
        }.ToJsonString();

    public static string ViewSubmission(string viewId, string callbackId, string privateMetadata, string inputId, string typed) =>
        new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = Person, ["username"] = "dana", ["name"] = "dana", ["team_id"] = Team },
            ["api_app_id"] = "A000TEST",
            ["trigger_id"] = "1790000020.2.fedcba",
            ["view"] = new JsonObject
            {
                ["id"] = viewId, ["type"] = "modal", ["callback_id"] = callbackId, ["private_metadata"] = privateMetadata, ["hash"] = "156772938.1827394",
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject { [inputId] = new JsonObject { [inputId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = typed } } },
                },
            },
        }.ToJsonString();

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));

    private static string Event(string eventId, JsonObject inner)
    {
        foreach (var key in inner.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            inner.Remove(key);
        }

        return new JsonObject
        {
            ["token"] = "unused-verification-token", ["team_id"] = Team, ["api_app_id"] = "A000TEST", ["event"] = inner,
            ["type"] = "event_callback", ["event_id"] = eventId, ["event_time"] = 1790000000,
            ["authorizations"] = new JsonArray(new JsonObject { ["enterprise_id"] = null, ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true, ["is_enterprise_install"] = false }),
            ["is_ext_shared_channel"] = false,
        }.ToJsonString();
    }

    /// <summary>Parses a form body (for assertions on what the client sent).</summary>
    public static Dictionary<string, string> ParseForm(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString());
}
