using System.Text.RegularExpressions;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Inbound;

/// <summary>Turns an <c>event_callback</c> into a <see cref="SlackMessageReceived"/>, or null for events the bot must ignore.</summary>
internal static partial class SlackEventReader
{
    // Human messages that carry a subtype; every other subtype is an edit, a deletion, a join or a bot.
    private static readonly HashSet<string> HumanSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share" };

    public static SlackMessageReceived? Read(SlackEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var ev = envelope.Event;
        if (envelope.Type != "event_callback" || ev is null || string.IsNullOrEmpty(envelope.EventId)
            || string.IsNullOrEmpty(ev.User) || string.IsNullOrEmpty(ev.Channel) || string.IsNullOrEmpty(ev.Ts))
        {
            return null;
        }

        var botUsers = (envelope.Authorizations ?? []).Where(a => a.IsBot && a.UserId is not null).Select(a => a.UserId!).ToHashSet(StringComparer.Ordinal);
        // Loop avoidance: never answer a bot, ourselves included, nor edits and deletions.
        if (ev.BotId is not null || botUsers.Contains(ev.User) || (ev.Subtype is not null && !HumanSubtypes.Contains(ev.Subtype)))
        {
            return null;
        }

        var who = new SlackActor(ev.User, ev.Team ?? envelope.TeamId ?? string.Empty);
        var key = "event:" + envelope.EventId;
        var text = ev.Text ?? string.Empty;
        return ev.Type switch
        {
            "app_mention" => new SlackMessageReceived(who, new SlackPlace(ev.Channel, ev.ThreadTs ?? ev.Ts), key, StripMentions(text, botUsers), ev.Ts, MentionsBot: true),
            // A message that mentions the bot also arrives as app_mention; take it once, from there.
            "message" when botUsers.Any(id => text.Contains($"<@{id}", StringComparison.Ordinal)) => null,
            "message" when ev.ThreadTs is not null => new SlackMessageReceived(who, new SlackPlace(ev.Channel, ev.ThreadTs), key, text.Trim(), ev.Ts, MentionsBot: false),
            "message" when ev.ChannelType == "im" => new SlackMessageReceived(who, new SlackPlace(ev.Channel, null), key, text.Trim(), ev.Ts, MentionsBot: false),
            _ => null,
        };
    }

    private static string StripMentions(string text, HashSet<string> botUsers)
    {
        if (botUsers.Count == 0)
        {
            return LeadingMention().Replace(text, string.Empty, 1).Trim();
        }

        foreach (var id in botUsers)
        {
            text = Regex.Replace(text, $@"<@{Regex.Escape(id)}(\|[^>]*)?>", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return text.Trim();
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
