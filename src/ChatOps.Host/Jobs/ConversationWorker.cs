using System.Text.Json;
using ChatOps.Core.Cards.Building;
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
internal sealed partial class ConversationWorker(
    IRequestInbox store,
    ConversationInbox inbox,
    ConversationCore core,
    IEnumerable<IReplyChannel> channels,
    ThreadHistoryLoader threads,
    IOptions<InboxSettings> settings,
    TimeProvider time,
    ILogger<ConversationWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var items = await store.ClaimRequestsAsync(time.GetUtcNow(), 4, settings.Value.Lease, stoppingToken);
            foreach (var item in items)
            {
                // A request under way is finished even during shutdown; what is not claimed yet stays queued for the next start.
                await HandleAsync(item, CancellationToken.None);
            }

            if (items.Count == 0)
            {
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
    }

    private async Task HandleAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize<ConversationWork>(item.Payload, ConversationInbox.Json)
            ?? throw new InvalidOperationException($"Inbox request {item.Id} is empty.");
        ConversationReply reply;
        try
        {
            reply = await RunAsync(work, item.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed request must not stop the worker; the person is told and the error is logged without content.
            LogFailed(logger, ex.GetType().Name, item.Id);
            reply = ConversationReply.Thread(AnswerCards.Refused("Something went wrong while handling that; nothing was recorded. Try again, and tell an operator if it keeps happening."));
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
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGaveUp(logger, work.Reply.Channel, ex.GetType().Name, item.Id, item.Attempts);
        }

        await store.CompleteRequestAsync(item.Id, cancellationToken);
    }

    private const int MaxDeliveryAttempts = 5;

    private async Task<ConversationReply> RunAsync(ConversationWork work, long requestId, CancellationToken cancellationToken)
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

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Answering inbox request {RequestId} on {Channel} failed with {ExceptionType} (attempt {Attempt}); it will run again.")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, string exceptionType, long requestId, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Gave up answering inbox request {RequestId} on {Channel} after {Attempt} attempts ({ExceptionType}).")]
    private static partial void LogGaveUp(ILogger logger, string channel, string exceptionType, long requestId, int attempt);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Inbox request {RequestId} failed with {ExceptionType}.")]
    private static partial void LogFailed(ILogger logger, string exceptionType, long requestId);
}
