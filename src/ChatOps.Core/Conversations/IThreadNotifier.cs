using ChatOps.Core.Conversations.Replies;

namespace ChatOps.Core.Conversations;

/// <summary>
/// Says something in a draft's thread that no one asked for just now: where approved text went, a failed write-back,
/// a reminder, a pause. The channel that holds the thread delivers it, durably and once per <c>noticeKey</c>.
/// </summary>
public interface IThreadNotifier
{
    /// <param name="threadKey">The thread as the ledger keys it (<c>channel/conversation/thread</c>).</param>
    /// <param name="noticeKey">Unique per notice: the same key is delivered once, however often it is sent.</param>
    /// <param name="reply">Cards for the thread, for people, and cards to update everywhere they show.</param>
    /// <param name="cancellationToken">Stops the wait; a notice already kept is still delivered.</param>
    Task NotifyAsync(string threadKey, string noticeKey, ConversationReply reply, CancellationToken cancellationToken = default);
}
