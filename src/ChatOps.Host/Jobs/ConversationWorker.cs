using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Ledger;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Runs requests from the durable inbox through the conversation core. A request is completed only after its answer
/// is out; one claimed by a worker that died is claimed again when its lease runs out, and re-running it is safe
/// because drafts and decisions are keyed by the delivery.
/// </summary>
/// <remarks>
/// Requests of one conversation thread run one after another, oldest first, because a later message may build on an
/// earlier one (evidence pasted before a draft); different threads run side by side.
/// </remarks>
internal sealed partial class ConversationWorker(
    IRequestInbox store,
    ConversationInbox inbox,
    ConversationCore core,
    IEnumerable<IReplyChannel> channels,
    ThreadHistoryLoader threads,
    ThreadAddresses addresses,
    IOptions<InboxSettings> settings,
    TimeProvider time,
    ILogger<ConversationWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>Threads handled at once: enough to overlap one thread's Connector round trips with another's work.</summary>
    private const int ParallelThreads = 4;

    private readonly ClaimSize claimSize = new(settings.Value.Lease);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Workers)
        {
            // An ingest instance: what it accepts is answered by the instances that run workers.
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimedAt = time.GetUtcNow();
            var items = await store.ClaimRequestsAsync(claimedAt, claimSize.Next, settings.Value.Lease, stoppingToken);
            if (items.Count > 0)
            {
                // A request under way is finished even during shutdown; what is not claimed yet stays queued for the next start.
                var startBy = claimedAt + (settings.Value.Lease / 2);
                var threads = items.Select(Read).GroupBy(r => r.Thread);
                var kept = new ConcurrentBag<(long Id, DateTimeOffset Until)>();
                await using (LeaseRenewal.Start(store, [.. items.Select(i => i.Id)], settings.Value.Lease, time, logger))
                {
                    await Parallel.ForEachAsync(threads, new ParallelOptions { MaxDegreeOfParallelism = ParallelThreads },
                        async (thread, _) => await RunThreadAsync(thread.ToArray(), startBy, kept, CancellationToken.None));
                }

                // Only once the claim's renewals have stopped, so none of them pushes a kept request's time back out.
                foreach (var group in kept.GroupBy(k => k.Until))
                {
                    await store.DeferRequestsAsync([.. group.Select(k => k.Id)], group.Key, CancellationToken.None);
                }

                continue;
            }

            try
            {
                await inbox.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static Claimed Read(InboxItem item)
    {
        var work = JsonSerializer.Deserialize<ConversationWork>(item.Payload, ConversationInbox.Json)
            ?? throw new InvalidOperationException($"Inbox request {item.Id} is empty.");
        return new Claimed(item, work, (work.Message?.Where ?? work.Action?.Where)?.ThreadKey ?? "");
    }

    // The thread's handled requests are completed together once the last answer is out: one commit for the thread's
    // share of the claim. A crash before it runs them again, which only sends their answers again.
    private async Task RunThreadAsync(Claimed[] requests, DateTimeOffset startBy, ConcurrentBag<(long Id, DateTimeOffset Until)> kept, CancellationToken cancellationToken)
    {
        var handled = new List<long>(requests.Length);
        for (var i = 0; i < requests.Length; i++)
        {
            if (time.GetUtcNow() > startBy)
            {
                // The claim was sized for quicker requests than these. The rest are not started here: once this claim
                // ends their leases are no longer renewed, and they go to whichever worker claims them first then.
                LogClaimOverran(logger, requests.Length - i);
                break;
            }

            var started = time.GetTimestamp();
            var outcome = await HandleAsync(requests[i], cancellationToken);
            if (outcome.Done)
            {
                handled.Add(requests[i].Item.Id);
            }
            else if (outcome.KeepUntil is { } until)
            {
                kept.Add((requests[i].Item.Id, until));
            }

            claimSize.Observe(time.GetElapsedTime(started));
        }

        await store.CompleteRequestsAsync(handled, cancellationToken);
    }

    /// <summary>
    /// Runs one request. Not done when its answer could not be delivered (it runs again after its lease) or when it
    /// failed for a reason that passes, such as a busy model endpoint (it is kept, and runs again at the time given).
    /// </summary>
    private async Task<(bool Done, DateTimeOffset? KeepUntil)> HandleAsync(Claimed request, CancellationToken cancellationToken)
    {
        var (item, work, _) = request;
        ConversationReply reply;
        DateTimeOffset? keepUntil = null;
        try
        {
            reply = await RunAsync(work, item.Id, cancellationToken);
            if (reply.RetryAfter is { } after)
            {
                (reply, keepUntil) = Keep(reply, after, item.Attempts);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed request must not stop the worker; the person is told and the error is logged without content.
            LogFailed(logger, ex.GetType().Name, item.Id, FailureReason.Of(ex));
            reply = ConversationReply.Thread(AnswerCards.Refused("Something went wrong while handling that; nothing was recorded. Try again, and tell an operator if it keeps happening."));
        }

        if (work.Action?.Verb != InboxThreadNotifier.NoticeVerb && (work.Message?.Where ?? work.Action?.Where)?.ThreadKey is { } threadKey)
        {
            try
            {
                // Remembered so the thread can be told later what became of its drafts (write-backs, reminders, pauses).
                await addresses.SaveAsync(threadKey, work.Reply, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name, item.Id, FailureReason.Of(ex));
            }
        }

        var channel = channels.FirstOrDefault(c => c.Channel == work.Reply.Channel)
            ?? throw new InvalidOperationException($"No reply channel is registered for '{work.Reply.Channel}'.");
        try
        {
            await channel.DeliverAsync(work.Reply, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && item.Attempts < MaxDeliveryAttempts)
        {
            // The channel is unreachable: the request stays in the inbox and runs again when its lease runs out. Running
            // it again is safe (drafts and decisions are keyed by the delivery); only the answer is sent again.
            LogDeliveryFailed(logger, work.Reply.Channel, ex.GetType().Name, item.Id, item.Attempts);
            return (false, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGaveUp(logger, work.Reply.Channel, ex.GetType().Name, item.Id, item.Attempts);
        }

        return (keepUntil is null, keepUntil);
    }

    private const int MaxDeliveryAttempts = 5;

    /// <summary>How often a request whose model endpoint was busy or down is run in all before it is given up.</summary>
    internal const int MaxModelRuns = 3;

    private static readonly TimeSpan ShortestKeep = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestKeep = TimeSpan.FromMinutes(15);

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

    private async Task<ConversationReply> RunAsync(ConversationWork work, long requestId, CancellationToken cancellationToken)
    {
        if (work.Answer is { } decided)
        {
            return decided;
        }

        var load = await threads.LoadAsync(work, requestId, cancellationToken);
        var reply = load.Work.Message is { } message
            ? await core.HandleMessageAsync(message, cancellationToken)
            : await core.HandleActionAsync(load.Work.Action!, cancellationToken);
        // Said, so nobody takes the missing thread for an empty one.
        return load.Unavailable
            ? reply with { ToThread = [.. reply.ToThread, AnswerCards.Note("Thread not read", "The earlier messages of this thread could not be read, so they are not among the sources. Try again later, or paste what matters.")] }
            : reply;
    }

    private sealed record Claimed(InboxItem Item, ConversationWork Work, string Thread);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Answering inbox request {RequestId} on {Channel} failed with {ExceptionType} (attempt {Attempt}); it will run again.")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, string exceptionType, long requestId, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Gave up answering inbox request {RequestId} on {Channel} after {Attempt} attempts ({ExceptionType}).")]
    private static partial void LogGaveUp(ILogger logger, string channel, string exceptionType, long requestId, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Half the inbox lease passed before {Left} claimed requests of a thread could start; they run again when their lease ends.")]
    private static partial void LogClaimOverran(ILogger logger, int left);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Inbox request {RequestId} failed with {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string exceptionType, long requestId, string reason);
}
