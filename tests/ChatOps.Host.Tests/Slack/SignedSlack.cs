using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests.Slack;

/// <summary>Sends requests to the host signed as Slack signs them (v0, HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>).</summary>
/// <param name="client">The host's client.</param>
/// <param name="secret">The signing secret the host was given.</param>
/// <param name="clock">The time Slack stamps requests with (the host's test clock when a journey moves it); the real time by default.</param>
internal sealed class SignedSlack(HttpClient client, string secret, TimeProvider? clock = null)
{
    public const string Channel = "C0INCIDENT";
    public const string Team = "T0ACME";

    /// <summary>An <c>app_mention</c>; in a thread when <paramref name="threadTs"/> is given; <paramref name="retry"/> &gt; 0 is Slack's redelivery.</summary>
    public Task<HttpResponseMessage> MentionAsync(string eventId, string user, string text, string ts, string? threadTs = null, int retry = 0) =>
        SendAsync("/slack/events", "application/json", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Team, ["api_app_id"] = "A0CHATOPS", ["event_id"] = eventId, ["event_time"] = 1790000000,
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention", ["user"] = user, ["text"] = $"<@U0BOT> {text}", ["ts"] = ts, ["thread_ts"] = threadTs, ["channel"] = Channel, ["event_ts"] = ts, ["team"] = Team,
            },
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = "U0BOT", ["is_bot"] = true }),
        }.ToJsonString(), retry);

    public Task<HttpResponseMessage> ThreadMessageAsync(string eventId, string user, string text, string ts, string threadTs) =>
        SendAsync("/slack/events", "application/json", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Team, ["api_app_id"] = "A0CHATOPS", ["event_id"] = eventId, ["event_time"] = 1790000000,
            ["event"] = new JsonObject
            {
                ["type"] = "message", ["channel_type"] = "channel", ["user"] = user, ["text"] = text, ["ts"] = ts, ["thread_ts"] = threadTs,
                ["channel"] = Channel, ["event_ts"] = ts,
            },
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = "U0BOT", ["is_bot"] = true }),
        }.ToJsonString());

    /// <summary>A click on a button of the message <paramref name="messageTs"/>; <paramref name="blocks"/> are that message's blocks, as Slack sends them.</summary>
    public Task<HttpResponseMessage> ClickAsync(string user, string actionId, string value, string messageTs, string actionTs, JsonArray? blocks = null, string channel = Channel) =>
        SendAsync("/slack/interactive", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team },
            ["api_app_id"] = "A0CHATOPS",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = "1790000000.1.abcdef",
            ["team"] = new JsonObject { ["id"] = Team },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["thread_ts"] = "1790000000.000001", ["text"] = "card", ["blocks"] = blocks?.DeepClone() ?? new JsonArray() },
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = "actions-0", ["value"] = value, ["type"] = "button", ["action_ts"] = actionTs,
            }),
        }.ToJsonString()));

    /// <summary>A <c>view_submission</c> of the modal the bot opened (<paramref name="view"/> as sent to <c>views.open</c>), with one input filled in.</summary>
    public Task<HttpResponseMessage> SubmitViewAsync(string user, string viewId, JsonNode view, string value)
    {
        var input = view["blocks"]![0]!;
        var blockId = input["block_id"]!.GetValue<string>();
        var actionId = input["element"]!["action_id"]!.GetValue<string>();
        return SendAsync("/slack/interactive", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team },
            ["api_app_id"] = "A0CHATOPS",
            ["trigger_id"] = "1790000000.2.fedcba",
            ["view"] = new JsonObject
            {
                ["id"] = viewId, ["team_id"] = Team, ["type"] = "modal", ["callback_id"] = view["callback_id"]!.GetValue<string>(),
                ["private_metadata"] = view["private_metadata"]!.GetValue<string>(), ["blocks"] = view["blocks"]!.DeepClone(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject { [blockId] = new JsonObject { [actionId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } } },
                },
            },
        }.ToJsonString()));
    }

    /// <summary>Any body at any path, signed as Slack signs it; <paramref name="retry"/> &gt; 0 is Slack's redelivery.</summary>
    public async Task<HttpResponseMessage> SendAsync(string path, string contentType, string body, int retry = 0)
    {
        var timestamp = (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await client.SendAsync(request);
    }
}
