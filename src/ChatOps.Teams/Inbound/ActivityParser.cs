using System.Text.Json;
using ChatOps.Teams.Wire;

namespace ChatOps.Teams.Inbound;

/// <summary>Turns authenticated activities into the channel-neutral inbound records; null when a required part is missing.</summary>
internal static class ActivityParser
{
    private const string EmulatorChannel = "emulator";

    public static InboundMessage? Message(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Person(activity) is { } who && Place(activity) is { } where && activity.Id is { } id
            ? new InboundMessage(id, who, where, MentionText.Strip(activity.Text))
            : null;
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke, or an Action.Submit fallback arriving as a message with a value.</summary>
    public static InboundAction? Action(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Person(activity) is not { } who || Place(activity) is not { } where || activity.Id is not { } id
            || activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        string? verb;
        JsonElement data;
        var automatic = false;
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
                || !IsString(action, "type", "Action.Execute"))
            {
                return null;
            }

            verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            data = action.TryGetProperty("data", out var d) ? d : default;
            automatic = IsString(value, "trigger", "automatic");
        }
        else
        {
            data = value;
            verb = null;
        }

        if (!ActionPayload.IsOurs(data) && verb is null)
        {
            return null;
        }

        var payload = ActionPayload.Read(data);
        verb ??= payload.Verb;
        return string.IsNullOrWhiteSpace(verb)
            ? null
            : new InboundAction(id, who, where, verb, payload.Data, payload.Inputs, automatic);
    }

    /// <summary>A <c>conversationUpdate</c> that adds this bot; null for every other membership change.</summary>
    public static InboundInstall? Install(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.MembersAdded?.Any(m => m.Id == botId) != true
            || Place(activity) is not { } where || activity.Id is not { } id)
        {
            return null;
        }

        var tenant = Tenant(activity);
        return tenant is null ? null : new InboundInstall(id, where, tenant, Person(activity));
    }

    public static InboundPerson? Person(Activity activity)
    {
        var from = activity.From;
        var tenant = Tenant(activity);
        var objectId = from?.AadObjectId;
        if (objectId is null && activity.ChannelId == EmulatorChannel)
        {
            // The Emulator has no Entra identity; its user id stands in so local runs work.
            objectId = from?.Id;
        }

        return from?.Id is { } userId && objectId is not null && tenant is not null
            ? new InboundPerson(tenant, objectId, userId, from.Name)
            : null;
    }

    public static InboundPlace? Place(Activity activity)
    {
        var conversation = activity.Conversation;
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(conversation?.Id))
        {
            return null;
        }

        return new InboundPlace(
            activity.ServiceUrl,
            conversation.Id,
            conversation.ConversationType ?? "personal",
            ThreadOf(conversation.Id),
            activity.ReplyToId);
    }

    private static string? Tenant(Activity activity) =>
        ActivityTenant.Of(activity) ?? (activity.ChannelId == EmulatorChannel ? EmulatorChannel : null);

    /// <summary>Channel thread conversation ids end in <c>;messageid=&lt;root message id&gt;</c>.</summary>
    private static string? ThreadOf(string conversationId)
    {
        var at = conversationId.IndexOf(InboundPlace.ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : conversationId[(at + InboundPlace.ThreadMarker.Length)..];
    }

    private static bool IsString(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && string.Equals(value.GetString(), expected, StringComparison.Ordinal);
}
