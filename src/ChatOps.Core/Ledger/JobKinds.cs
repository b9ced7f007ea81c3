namespace ChatOps.Core.Ledger;

/// <summary>The kinds of job the queue runs; each has one payload record in <c>ChatOps.Core.Jobs</c>.</summary>
public static class JobKinds
{
    /// <summary>A chat request to run through the conversation core (<c>RunRequestJob</c>).</summary>
    public const string RunRequest = "run-request";

    /// <summary>A finished answer to deliver (<c>DeliverReplyJob</c>).</summary>
    public const string DeliverReply = "deliver-reply";

    /// <summary>The news of a decision taken on a card, queued with the decision (<c>DecisionNoticeJob</c>).</summary>
    public const string DecisionNotice = "decision-notice";

    public const string WriteBack = "write-back";
    public const string Reminder = "reminder";
    public const string Expiry = "expiry";

    /// <summary>A nudge to the approvers of a request still pending after the policy's <c>remind_after_hours</c>.</summary>
    public const string StaleApproval = "stale-approval";

    /// <summary>
    /// A channel delivery the adapter handled itself (a Slack modal opened, a Teams card action decided at once), kept
    /// done from the start only so that a repeat of it is known: it never runs.
    /// </summary>
    public const string DeliveryClaim = "delivery-claim";

    /// <summary>Whether jobs of this kind answer chat (and run in their thread's order) rather than act on records.</summary>
    public static bool IsConversation(string kind) => kind is RunRequest or DeliverReply or DecisionNotice;
}
