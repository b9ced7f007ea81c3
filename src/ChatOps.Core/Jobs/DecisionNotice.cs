using ChatOps.Core.Channels;

namespace ChatOps.Core.Jobs;

/// <summary>
/// Where the news of a decision taken on a card goes, asked for by the channel that took the click: queued in the
/// decision's own ledger transaction, so no crash can record a decision without it, and ahead of the write-back the
/// decision starts, so the thread reads "Approved" before "Written back".
/// </summary>
/// <param name="To">The click's conversation and thread, the card clicked, the clicker.</param>
/// <param name="ThreadKey">The thread the click belongs to: its jobs run in order.</param>
/// <param name="Key">The job's idempotency key: the click's delivery, so a repeat of it queues nothing.</param>
public sealed record DecisionNotice(ReplyAddress To, string? ThreadKey, string Key);
