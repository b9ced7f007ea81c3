using System.Text.Json.Nodes;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>Activities shaped like the ones Teams sends, as JSON.</summary>
internal static class TestActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string UserAadId = "6a1b2c3d-0000-4000-8000-000000000001";
    public const string UserId = "29:1user-abc";
    public const string ChannelConversation = "19:abc123@thread.tacv2;messageid=1700000000000";

    public static JsonObject Message(string text, string id = "1700000000001", string channelId = "msteams", string serviceUrl = ServiceUrl) =>
        Base("message", id, channelId, serviceUrl, new JsonObject { ["text"] = text });

    public static JsonObject CardAction(string verb, JsonObject data, string id = "f:invoke-1", string trigger = "manual") =>
        Base("invoke", id, "msteams", ServiceUrl, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = "1700000000000",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "a1", ["verb"] = verb, ["data"] = data },
                ["trigger"] = trigger,
            },
        });

    public static JsonObject BotAdded(string id = "f:update-1") =>
        Base("conversationUpdate", id, "msteams", ServiceUrl, new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = $"28:{TeamsBotHost.AppId}" }),
        });

    public static JsonObject OfType(string type, string id = "f:other-1") => Base(type, id, "msteams", ServiceUrl, []);

    private static JsonObject Base(string type, string id, string channelId, string serviceUrl, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2026-11-23T15:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Dana Drafter", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = $"28:{TeamsBotHost.AppId}", ["name"] = "ChatOps" },
            ["conversation"] = new JsonObject
            {
                ["id"] = ChannelConversation,
                ["conversationType"] = "channel",
                ["tenantId"] = TenantId,
                ["isGroup"] = true,
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" }),
        };
        foreach (var pair in extra.ToList())
        {
            extra.Remove(pair.Key);
            activity[pair.Key] = pair.Value;
        }

        return activity;
    }
}
