using ChatOps.Core.Channels;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>
/// The news of a recorded decision, to deliver: the approval card as it stands, updated everywhere it was posted, and
/// the decision's note in the thread. Rendered from the ledger when it runs, because it is queued before the
/// decision's append has made the state it shows.
/// </summary>
/// <param name="Reply">Where the news goes: the click's conversation and thread, the card clicked, the clicker.</param>
/// <param name="DraftId">The draft decided.</param>
/// <param name="Message">What the decision said (who decided what), as the ledger's rules put it.</param>
/// <param name="ThreadKey">The thread it belongs to: its jobs run in order with the thread's requests.</param>
public sealed record DecisionNoticeJob(ReplyAddress Reply, string DraftId, string Message, string? ThreadKey) : JobPayload
{
    protected override string KindName => JobKinds.DecisionNotice;
}
