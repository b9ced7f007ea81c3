using System.Net;
using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests.Teams;

/// <summary>Reading what the bot sent to the Bot Connector: the card of an activity, its Action.Execute buttons, an invoke's answer.</summary>
internal static class TeamsCards
{
    /// <summary>Posts an invoke and returns its answer body (the card or message Teams shows the person who clicked).</summary>
    public static async Task<JsonObject> InvokeAsync(TeamsRig rig, JsonObject invoke)
    {
        var response = await rig.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body;
    }

    public static JsonObject Card(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();

    public static JsonObject Card(string activityJson) => Card(JsonNode.Parse(activityJson)!.AsObject());

    public static JsonNode ActionData(JsonObject card, string verb) =>
        (FindExecute(card, verb) ?? throw new InvalidOperationException($"The card has no \"{verb}\" action: {card.ToJsonString()}"))["data"]!;

    /// <summary>The card's Action.Execute with this verb, outside its refresh; null when it has none.</summary>
    public static JsonObject? FindExecute(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Where(p => p.Key != "refresh").Select(p => FindExecute(p.Value, verb)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(n => FindExecute(n, verb)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>Moves an activity into another conversation (such as a 1:1 chat), as Teams sends a click on a card there.</summary>
    public static JsonObject In(this JsonObject activity, string conversationId, string conversationType = "personal")
    {
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TeamsRig.Tenant, ["isGroup"] = conversationType != "personal" };
        return activity;
    }
}
