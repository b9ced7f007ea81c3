using ChatOps.Core.Cards;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Jobs;

namespace ChatOps.Core.Channels;

/// <summary>
/// Where a chat channel hands a person's click on a card (approve, reject, request changes, submit, override, retry,
/// renew): decided at once by the conversation core while the channel waits for its answer, and what must be sent
/// afterwards (the card updated everywhere, the thread's note, the clicker's refusal) kept on the job queue as one
/// reply to deliver per click. Slack and Teams both call it, so the rule lives here.
/// </summary>
public sealed class CardClicks(ConversationCore core, IConversationIntake intake)
{
    /// <summary>
    /// Whether the click is run by the worker as a request instead: an edit is checked again against the sources of
    /// the thread, which a channel that keeps its threads (Slack) lets the worker read, rate-limited, after the answer.
    /// </summary>
    public static bool ReadsThread(string verb) => verb == CardVerbs.Edit;

    /// <summary>
    /// Decides the click and keeps what others should see of it to deliver, once per click: a click delivered again
    /// is recognised by the core (its decision is recorded once) and its follow-ups are not queued twice.
    /// </summary>
    /// <param name="click">The click, with its channel's delivery id.</param>
    /// <param name="answerTo">Where the follow-ups go: the click's conversation and thread, the card clicked, the clicker.</param>
    /// <param name="clickerAnsweredInResponse">
    /// True when the channel shows the clicker the outcome in its own answer to the click (Teams' invoke response);
    /// false when the answer to them is delivered with the rest (Slack's ephemeral message).
    /// </param>
    /// <param name="cancellationToken">The channel request's token.</param>
    /// <returns>The core's whole answer, for the channel to show the clicker what it can at once.</returns>
    public async Task<ConversationReply> DecideAsync(IncomingAction click, ReplyAddress answerTo, bool clickerAnsweredInResponse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(click);
        ArgumentNullException.ThrowIfNull(answerTo);
        var delivery = click.DeliveryId
            ?? throw new ArgumentException("A click needs its channel's delivery id, so that a repeat is decided and shown once.", nameof(click));
        // A decision queues its news with its own ledger record, under the key the follow-ups below would take: a
        // crash after the decision cannot lose it, and it runs before the write-back the decision starts.
        var notice = new DecisionNotice(answerTo, click.Where.ThreadKey, delivery);
        var reply = await core.HandleActionAsync(click with { Notice = notice }, cancellationToken);

        // A refresh fetches the card as this one person should see it: there is nothing for anyone else.
        var afterwards = clickerAnsweredInResponse ? reply with { ToActorOnly = null } : reply;
        if (click.Verb == CardVerbs.Refresh || IsEmpty(afterwards))
        {
            return reply;
        }

        // The decision is in the ledger now: what follows from it is kept even when the channel has hung up meanwhile,
        // and a channel outage delays it rather than losing it.
        // Queued under the notice's key, so nothing is added when the decision queued its news already.
        var job = new DeliverReplyJob(answerTo, afterwards, click.Where.ThreadKey, RememberAddress: true);
        await intake.EnqueueReplyAsync(notice.Key, job, CancellationToken.None);
        return reply;
    }

    private static bool IsEmpty(ConversationReply reply) =>
        reply.ToThread.Count == 0 && reply.Updates.Count == 0 && reply.ToPeople.Count == 0 && reply.ToActorOnly is null;
}
