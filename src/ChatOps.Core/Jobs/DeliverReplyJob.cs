using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>
/// A finished answer to deliver, and only to deliver: a reply whose first delivery failed (sent again, never drafted
/// again), a notice to a thread, or what everyone should see of a Teams click decided while the person waited.
/// </summary>
/// <param name="Reply">Where the answer goes.</param>
/// <param name="Answer">The answer, as the core gave it.</param>
/// <param name="ThreadKey">The thread it belongs to: its jobs run in order with the thread's requests.</param>
/// <param name="RememberAddress">Whether the thread's address is remembered from it (a person's action; not a notice).</param>
public sealed record DeliverReplyJob(ReplyAddress Reply, ConversationReply Answer, string? ThreadKey, bool RememberAddress) : JobPayload
{
    protected override string KindName => JobKinds.DeliverReply;
}
