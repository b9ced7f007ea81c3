using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;

namespace ChatOps.Core.Jobs;

/// <summary>
/// A row of the request inbox (<c>chat_inbox</c>) of builds before the one job queue, read once when such a ledger is
/// upgraded: a request to run, or (with <see cref="Answer"/>) an answer only to deliver.
/// </summary>
public sealed record LegacyInboxRequest(IncomingMessage? Message, IncomingAction? Action, ReplyAddress Reply, ConversationReply? Answer)
{
    /// <summary>The job this row becomes, under the row's own delivery key, so a retried delivery is still kept once.</summary>
    public JobPayload Upgrade()
    {
        var work = new ConversationWork(Message, Action, Reply);
        return Answer is { } answer
            ? new DeliverReplyJob(Reply, answer, (Message?.Where ?? Action?.Where)?.ThreadKey, RememberAddress: Action?.Verb != JobJson.NoticeVerb)
            : new RunRequestJob(work);
    }
}
