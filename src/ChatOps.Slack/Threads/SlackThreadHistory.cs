using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Slack.Outbound;
using ChatOps.Slack.People;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Threads;

/// <summary>
/// A Slack thread's earlier messages (<c>conversations.replies</c>, page by page) as evidence: people's and other apps'
/// messages before the request, oldest first, at most the <see cref="MaxMessages"/> most recent. The bot's own messages,
/// requests addressed to it, the request itself and system messages (joins, topic changes) are left out.
/// </summary>
internal sealed class SlackThreadHistory(ISlackWebApi slack, SlackBotIdentity bot, ChatOpsPolicy policy) : IThreadHistory
{
    public const int MaxMessages = 200;

    // Slack's advice for one page; an app outside the Marketplace gets at most 15 whatever it asks, and pages on.
    private const int PageSize = 200;

    // However the cursors run, a thread costs a bounded number of calls.
    private const int MaxPages = 50;

    // Subtypes that are still someone saying something; every other subtype is a join, a topic change or the like.
    private static readonly HashSet<string> SaidSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share", "bot_message" };

    public string Channel => ChannelIdentity.Slack;

    public async Task<IReadOnlyList<ThreadMessage>> ReadAsync(ReplyAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        // A slash command has no thread, and a message that starts a thread has nothing before it.
        if (string.IsNullOrEmpty(address.ThreadId) || address.ThreadId == address.RequestMessageId)
        {
            return [];
        }

        var me = await bot.GetAsync(cancellationToken);
        var request = SlackTs.Parse(address.RequestMessageId);
        var kept = new Queue<ThreadMessage>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var replies = await slack.GetRepliesAsync(address.ConversationId, address.ThreadId, cursor, PageSize, cancellationToken);
            foreach (var message in replies.Messages)
            {
                if (SlackTs.Parse(message.Ts) is not { } ts)
                {
                    continue;
                }

                // Replies come oldest first: from the request on, nothing more is "the thread so far".
                if (ts >= request)
                {
                    return [.. kept];
                }

                if (IsEvidence(message, me))
                {
                    kept.Enqueue(ToThreadMessage(message, ts, address, me));
                    if (kept.Count > MaxMessages)
                    {
                        kept.Dequeue();
                    }
                }
            }

            cursor = replies.ResponseMetadata?.NextCursor;
            if (string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }

        return [.. kept];
    }

    private static bool IsEvidence(SlackThreadMessage message, AuthTestResponse me) =>
        !string.IsNullOrWhiteSpace(message.Text)
        && (message.Subtype is null || SaidSubtypes.Contains(message.Subtype))
        && !(me.BotId is not null && message.BotId == me.BotId)
        && !(me.UserId is not null && message.User == me.UserId)
        // Requests to the bot are commands, not statements about the incident (the console leaves them out too).
        && !(me.UserId is not null && message.Text.Contains($"<@{me.UserId}", StringComparison.Ordinal));

    private ThreadMessage ToThreadMessage(SlackThreadMessage message, decimal ts, ReplyAddress address, AuthTestResponse me)
    {
        var author = message.User is { } user
            ? policy.Resolve(new ChannelIdentity(ChannelIdentity.Slack, user)).Id
            : $"{ChannelIdentity.Slack}-app:{message.BotId}";
        var link = me.Url is { } workspace ? SlackTs.Permalink(workspace, address.ConversationId, message.Ts!, address.ThreadId).AbsoluteUri : null;
        return new ThreadMessage(author, SlackTs.ToTime(ts), Unescape(message.Text!), link);
    }

    // Slack escapes exactly these three in message text; the evidence is what people typed.
    private static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
}
