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

        var botUsers = BotUsers(envelope);
        // Loop avoidance: never answer a bot, ourselves included, nor edits and deletions.
        if (ev.BotId is not null || Array.IndexOf(botUsers, ev.User) >= 0 || (ev.Subtype is not null && !HumanSubtypes.Contains(ev.Subtype)))
        {
            return null;
        }

        var who = new SlackActor(ev.User, ev.Team ?? envelope.TeamId ?? string.Empty);
        // The event id alone names the delivery; the message's ts in front (Slack's retries carry the same event, so the
        // same ts) makes the keys grow with time. The job queue's unique index then takes each new key on its last
        // pages instead of a random page per request, as random event ids did: about half the log bytes per accepted
        // request with real ids (bench/profile/wal-frames.py).
        var key = "event:" + ev.Ts + ":" + envelope.EventId;
        var text = ev.Text ?? string.Empty;
        return ev.Type switch
        {
            "app_mention" => new SlackMessageReceived(who, new SlackPlace(ev.Channel, ev.ThreadTs ?? ev.Ts), key, StripMentions(text, botUsers), ev.Ts, MentionsBot: true),
            // A message that mentions the bot also arrives as app_mention; take it once, from there.
            "message" when MentionsAny(text, botUsers) => null,
            "message" when ev.ThreadTs is not null => new SlackMessageReceived(who, new SlackPlace(ev.Channel, ev.ThreadTs), key, text.Trim(), ev.Ts, MentionsBot: false),
            "message" when ev.ChannelType == "im" => new SlackMessageReceived(who, new SlackPlace(ev.Channel, null), key, text.Trim(), ev.Ts, MentionsBot: false),
            _ => null,
        };
    }

    // The bot's own user ids (usually one, so usually without a list: this runs for every event before its 200).
    private static string[] BotUsers(SlackEventEnvelope envelope)
    {
        var authorizations = envelope.Authorizations;
        if (authorizations is null or { Count: 0 })
        {
            return [];
        }

        if (authorizations.Count == 1)
        {
            return authorizations[0] is { IsBot: true, UserId: { } only } ? [only] : [];
        }

        var ids = new List<string>(authorizations.Count);
        for (var i = 0; i < authorizations.Count; i++)
        {
            if (authorizations[i] is { IsBot: true, UserId: { } id } && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static bool MentionsAny(string text, string[] botUsers)
    {
        foreach (var id in botUsers)
        {
            if (text.Contains(string.Concat("<@", id), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripMentions(string text, string[] botUsers)
    {
        if (botUsers.Length == 0)
        {
            return LeadingMention().Replace(text, string.Empty, 1).Trim();
        }

        foreach (var id in botUsers)
        {
            text = RemoveMentions(text, id);
        }

        return text.Trim();
    }

    // Removes every complete mention of the user: <@ID> or <@ID|label>; a mention of another id that merely starts
    // with ID, or one that never closes, stays.
    private static string RemoveMentions(string text, string userId)
    {
        var (start, end) = FindMention(text, userId, 0);
        if (start < 0)
        {
            return text;
        }

        var (next, _) = FindMention(text, userId, end);
        if (next < 0)
        {
            // The usual case, one mention: no builder.
            return string.Concat(text.AsSpan(0, start), text.AsSpan(end));
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var from = 0;
        while (start >= 0)
        {
            kept.Append(text, from, start - from);
            from = end;
            (start, end) = FindMention(text, userId, from);
        }

        return kept.Append(text, from, text.Length - from).ToString();
    }

    private static (int Start, int End) FindMention(string text, string userId, int from)
    {
        while (from < text.Length)
        {
            var at = text.IndexOf("<@", from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var after = at + 2 + userId.Length;
            if (string.CompareOrdinal(text, at + 2, userId, 0, userId.Length) == 0 && after < text.Length)
            {
                if (text[after] == '>')
                {
                    return (at, after + 1);
                }

                if (text[after] == '|' && text.IndexOf('>', after) is var close and >= 0)
                {
                    return (at, close + 1);
                }
            }

            from = at + 2;
        }

        return (-1, -1);
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
