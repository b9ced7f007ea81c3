using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Cards;

/// <summary>Renders a card's actions as Universal Actions (<c>Action.Execute</c>, with an Action.Submit fallback) and its refresh.</summary>
internal static class AdaptiveActions
{
    /// <summary>The inputs (each id once, in body order) and one ActionSet holding every action.</summary>
    public static IEnumerable<JsonNode> Body(IReadOnlyList<CardAction> actions)
    {
        var inputs = actions.Where(a => a.Input is not null).Select(a => a.Input!)
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .Select(g => Input(g.First(), required: g.Any(i => i.Required)));
        foreach (var input in inputs)
        {
            yield return input;
        }

        yield return new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray([.. actions.Select(Execute)]),
        };
    }

    /// <summary>Makes approvers' clients fetch their own view (with buttons) whenever they show the card.</summary>
    public static JsonObject Refresh(IReadOnlyList<CardAction> actions, IReadOnlyList<string> userIds)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in actions.SelectMany(a => a.Data))
        {
            data.TryAdd(pair.Key, pair.Value);
        }

        return new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = CardVerbs.Refresh,
                ["data"] = Data(CardVerbs.Refresh, data),
            },
            ["userIds"] = new JsonArray([.. userIds.Take(AdaptiveCardView.MaxRefreshUsers).Select(id => (JsonNode)id)]),
        };
    }

    private static JsonObject Execute(CardAction action)
    {
        // Positive/destructive styling is ignored by Teams, so the card model's style is not sent.
        var associated = action.Input is null ? "none" : "auto";
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Label,
            ["verb"] = action.Verb,
            ["data"] = Data(action.Verb, action.Data),
            ["associatedInputs"] = associated,
            ["fallback"] = new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = action.Label,
                ["data"] = Data(action.Verb, action.Data),
                ["associatedInputs"] = associated,
            },
        };
    }

    private static JsonObject Input(CardInput input, bool required)
    {
        if (input.Id == ActionPayload.Key)
        {
            throw new ArgumentException($"Input id \"{ActionPayload.Key}\" is reserved for the action's own data.", nameof(input));
        }

        var node = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = input.Id,
            ["label"] = input.Label,
            ["isMultiline"] = true,
            ["maxLength"] = input.MaxLength,
        };
        if (input.Placeholder is not null)
        {
            node["placeholder"] = input.Placeholder;
        }

        if (input.InitialValue is { Length: > 0 } value && value.Length <= input.MaxLength)
        {
            // An edit starts from the draft as the card shows it.
            node["value"] = value;
        }

        if (required)
        {
            node["isRequired"] = true;
            node["errorMessage"] = $"{input.Label} is required for this action.";
        }

        return node;
    }

    private static JsonObject Data(string verb, IReadOnlyDictionary<string, string> data) => new()
    {
        [ActionPayload.Key] = new JsonObject
        {
            [ActionPayload.VerbKey] = verb,
            [ActionPayload.DataKey] = new JsonObject([.. data.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
        },
    };
}
