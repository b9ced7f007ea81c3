using System.Text.Json;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Inbound;

/// <summary>Reads <c>block_actions</c> clicks and <c>view_submission</c> modals into <see cref="SlackActionReceived"/>.</summary>
internal static class SlackInteractionReader
{
    /// <summary>The click, with the input it asks for when the button opens a modal first; null when not ours.</summary>
    public static (SlackActionReceived Action, SlackButtonValue Value)? ReadClick(SlackInteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var action = payload.Actions is [var first, ..] ? first : null;
        var user = payload.User?.Id;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (payload.Type != "block_actions" || action?.ActionId is null || user is null || channel is null)
        {
            return null;
        }

        var value = ReadValue(action.Value);
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        var place = new SlackPlace(channel, payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? messageTs);
        var key = $"action:{action.ActionTs}:{user}:{action.ActionId}";
        var received = new SlackActionReceived(
            Actor(payload, user), place, key, action.ActionId, value.Data, Inputs(payload.State), messageTs, payload.TriggerId);
        return (received, value);
    }

    /// <summary>A submitted modal opened by <see cref="ReadClick"/>'s action; null when its metadata is not ours.</summary>
    public static SlackActionReceived? ReadSubmission(SlackInteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var user = payload.User?.Id;
        var view = payload.View;
        if (payload.Type != "view_submission" || user is null || view?.Id is null || string.IsNullOrEmpty(view.PrivateMetadata))
        {
            return null;
        }

        SlackModalState? state;
        try
        {
            state = JsonSerializer.Deserialize(view.PrivateMetadata, SlackJsonContext.Default.SlackModalState);
        }
        catch (JsonException)
        {
            return null;
        }

        if (state is null || state.Verb != view.CallbackId)
        {
            return null;
        }

        var place = new SlackPlace(state.ChannelId, state.ThreadTs);
        return new SlackActionReceived(
            Actor(payload, user), place, $"view:{view.Id}:{user}", state.Verb, state.Data, Inputs(view.State), state.MessageTs, payload.TriggerId);
    }

    private static SlackActor Actor(SlackInteractionPayload payload, string user) =>
        new(user, payload.Team?.Id ?? payload.User?.TeamId ?? string.Empty);

    private static SlackButtonValue ReadValue(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return new SlackButtonValue(new Dictionary<string, string>());
        }

        try
        {
            return JsonSerializer.Deserialize(raw, SlackJsonContext.Default.SlackButtonValue) ?? Plain(raw);
        }
        catch (JsonException)
        {
            // A button we did not render (or an older card): keep its value as the only datum.
            return Plain(raw);
        }
    }

    private static SlackButtonValue Plain(string raw) => new(new Dictionary<string, string> { ["value"] = raw });

    private static Dictionary<string, string> Inputs(SlackViewState? state)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, actions) in state?.Values ?? [])
        {
            foreach (var (actionId, value) in actions)
            {
                if (value.Value is not null)
                {
                    inputs[actionId] = value.Value;
                }
            }
        }

        return inputs;
    }
}
