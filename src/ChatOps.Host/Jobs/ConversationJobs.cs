using System.Globalization;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Runs the chat jobs of the queue: a request through the conversation core, then its answer out on its channel; a
/// finished answer only out. An answer whose delivery fails becomes a deliver-reply job holding it, sent again with
/// backoff, never drafted again; after its last attempt it is failed where operators see it (<c>chatops outbox list</c>).
/// </summary>
internal sealed partial class ConversationJobs(
    IJobQueue queue,
    ConversationCore core,
    IEnumerable<IReplyChannel> channels,
    ThreadHistoryLoader threads,
    ThreadAddresses addresses,
    TimeProvider time,
    ILogger<ConversationJobs> logger)
{
    /// <summary>How often an answer is tried in all before its job is failed.</summary>
    internal const int MaxDeliveryAttempts = 5;

    /// <summary>How often a request whose model endpoint was busy or down is run in all before it is given up.</summary>
    internal const int MaxModelRuns = 3;

    private static readonly TimeSpan FirstRedelivery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRedelivery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ShortestKeep = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestKeep = TimeSpan.FromMinutes(15);

    /// <summary>The chat payload of a chat job; null for record jobs, and for a chat job this build cannot read (the outbox worker fails it, visibly).</summary>
    public static JobPayload? Read(QueuedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!JobKinds.IsConversation(job.Kind))
        {
            return null;
        }

        try
        {
            return JobJson.Read(job);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The thread a chat job belongs to, whose jobs run in order.</summary>
    public static string? ThreadOf(JobPayload? payload) => payload switch
    {
        RunRequestJob run => (run.Work.Message?.Where ?? run.Work.Action?.Where)?.ThreadKey,
        DeliverReplyJob deliver => deliver.ThreadKey,
        DecisionNoticeJob notice => notice.ThreadKey,
        _ => null,
    };

    /// <summary>
    /// Runs one chat job. Done when its answer is out or kept as a deliver-reply job; not done when it is to run again
    /// (a reply retried with backoff, or a request kept until <c>KeepUntil</c> because its model endpoint was busy).
    /// </summary>
    public Task<(bool Done, DateTimeOffset? KeepUntil)> RunAsync(QueuedJob job, JobPayload payload, CancellationToken cancellationToken) => payload switch
    {
        RunRequestJob run => RunRequestAsync(job, run.Work, cancellationToken),
        DeliverReplyJob deliver => DeliverAsync(job, deliver, cancellationToken),
        DecisionNoticeJob notice => DeliverNoticeAsync(job, notice, cancellationToken),
        _ => throw new InvalidOperationException($"Job {job.Id} ({job.Kind}) is not a chat job."),
    };

    private async Task<(bool Done, DateTimeOffset? KeepUntil)> RunRequestAsync(QueuedJob job, ConversationWork work, CancellationToken cancellationToken)
    {
        ConversationReply reply;
        DateTimeOffset? keepUntil = null;
        try
        {
            reply = await AnswerAsync(work, job.Id, cancellationToken);
            if (reply.RetryAfter is { } after)
            {
                (reply, keepUntil) = Keep(reply, after, job.Attempts);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed request must not stop the worker; the person is told and the error is logged without content.
            LogFailed(logger, ex.GetType().Name, job.Id, FailureReason.Of(ex));
            reply = ConversationReply.Thread(AnswerCards.Refused("Something went wrong while handling that; nothing was recorded. Try again, and tell an operator if it keeps happening."));
        }

        var threadKey = (work.Message?.Where ?? work.Action?.Where)?.ThreadKey;
        await RememberAsync(threadKey, work.Reply, job.Id, cancellationToken);
        try
        {
            await Channel(work.Reply).DeliverAsync(work.Reply, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The channel is unreachable: the finished answer is kept as a job of its own and sent again with backoff.
            // The request itself is done; running it again would ask the model again.
            LogDeliveryFailed(logger, work.Reply.Channel, ex.GetType().Name, job.Id, 1);
            var key = keepUntil is null ? $"reply:{job.IdempotencyKey}" : $"reply:{job.IdempotencyKey}:{job.Attempts}";
            await queue.EnqueueAsync([JobJson.Request(new DeliverReplyJob(work.Reply, reply, threadKey, RememberAddress: false), string.Empty, null, key, time.GetUtcNow() + FirstRedelivery)], cancellationToken);
        }

        return (keepUntil is null, keepUntil);
    }

    // Rendered from the ledger at each attempt: the card shows the draft as it stands when it is delivered.
    private async Task<(bool Done, DateTimeOffset? KeepUntil)> DeliverNoticeAsync(QueuedJob job, DecisionNoticeJob notice, CancellationToken cancellationToken)
    {
        var news = await core.NoticeOfDecisionAsync(notice.DraftId, notice.Message, cancellationToken);
        return await DeliverAsync(job, new DeliverReplyJob(notice.Reply, news, notice.ThreadKey, RememberAddress: true), cancellationToken);
    }

    private async Task<(bool Done, DateTimeOffset? KeepUntil)> DeliverAsync(QueuedJob job, DeliverReplyJob deliver, CancellationToken cancellationToken)
    {
        if (deliver.RememberAddress)
        {
            await RememberAsync(deliver.ThreadKey, deliver.Reply, job.Id, cancellationToken);
        }

        try
        {
            await Channel(deliver.Reply).DeliverAsync(deliver.Reply, deliver.Answer, cancellationToken);
            return (true, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"Delivering on {deliver.Reply.Channel} failed with {ex.GetType().Name}: {FailureReason.Of(ex)}";
            if (job.Attempts < MaxDeliveryAttempts)
            {
                LogDeliveryFailed(logger, deliver.Reply.Channel, ex.GetType().Name, job.Id, job.Attempts);
                var wait = TimeSpan.FromTicks(Math.Min(LongestRedelivery.Ticks, FirstRedelivery.Ticks << Math.Clamp(job.Attempts - 1, 0, 20)));
                await queue.RetryAsync(job.Id, time.GetUtcNow() + wait, reason, cancellationToken);
            }
            else
            {
                LogGaveUp(logger, deliver.Reply.Channel, ex.GetType().Name, job.Id, job.Attempts);
                await queue.FailAsync(job.Id, null, $"{reason} (gave up after {job.Attempts} attempts)", cancellationToken);
            }

            return (false, null);
        }
    }

    // Remembered so the thread can be told later what became of its drafts (write-backs, reminders, pauses).
    private async Task RememberAsync(string? threadKey, ReplyAddress address, long jobId, CancellationToken cancellationToken)
    {
        if (threadKey is null)
        {
            return;
        }

        try
        {
            await addresses.SaveAsync(threadKey, address, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.GetType().Name, jobId, FailureReason.Of(ex));
        }
    }

    private IReplyChannel Channel(ReplyAddress address) =>
        channels.FirstOrDefault(c => c.Channel == address.Channel)
            ?? throw new InvalidOperationException($"No reply channel is registered for '{address.Channel}'.");

    // The answer says whether the request is kept and when it runs again, or that it was given up.
    private (ConversationReply Reply, DateTimeOffset? KeepUntil) Keep(ConversationReply reply, TimeSpan after, int runs)
    {
        if (runs >= MaxModelRuns)
        {
            var givenUp = AnswerCards.Note("Not tried again", $"This request has now failed {runs} times, so it is not kept any longer. Ask again later, or tell an operator if it keeps happening.");
            return (reply with { ToThread = [.. reply.ToThread, givenUp], RetryAfter = null }, null);
        }

        var until = time.GetUtcNow() + TimeSpan.FromTicks(Math.Clamp(after.Ticks, ShortestKeep.Ticks, LongestKeep.Ticks));
        var note = AnswerCards.Note("Kept for later", string.Create(CultureInfo.InvariantCulture,
            $"Your request is kept: I will try it again at {until:HH:mm:ss} UTC (run {runs + 1} of {MaxModelRuns}). Nothing was drafted yet."));
        return (reply with { ToThread = [.. reply.ToThread, note] }, until);
    }

    private async Task<ConversationReply> AnswerAsync(ConversationWork work, long requestId, CancellationToken cancellationToken)
    {
        var load = await threads.LoadAsync(work, requestId, cancellationToken);
        var reply = load.Work.Message is { } message
            ? await core.HandleMessageAsync(message, cancellationToken)
            : await core.HandleActionAsync(load.Work.Action!, cancellationToken);
        // Said, so nobody takes the missing thread for an empty one.
        return load.Unavailable
            ? reply with { ToThread = [.. reply.ToThread, AnswerCards.Note("Thread not read", "The earlier messages of this thread could not be read, so they are not among the sources. Try again later, or paste what matters.")] }
            : reply;
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Answering job {JobId} on {Channel} failed with {ExceptionType} (attempt {Attempt}); the answer is sent again.")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, string exceptionType, long jobId, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Gave up delivering job {JobId} on {Channel} after {Attempt} attempts ({ExceptionType}); it is failed (chatops outbox list --failed).")]
    private static partial void LogGaveUp(ILogger logger, string channel, string exceptionType, long jobId, int attempt);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Chat job {JobId} failed with {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string exceptionType, long jobId, string reason);
}
