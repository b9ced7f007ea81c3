using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Commands;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Adds the thread so far to a request from a channel that has an <see cref="IThreadHistory"/>, for the requests that
/// gather evidence (draft, check, edit). A thread that cannot be read does not lose the request: it runs without it.
/// </summary>
internal sealed partial class ThreadHistoryLoader(IEnumerable<IThreadHistory> histories, TimeProvider time, ILogger<ThreadHistoryLoader> logger)
{
    // Slack may hold conversations.replies to one call a minute; a request waits this long for the thread, then goes without it.
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public async Task<ThreadHistoryLoad> LoadAsync(ConversationWork work, long requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var history = histories.FirstOrDefault(h => h.Channel == work.Reply.Channel);
        if (history is null || !WantsThread(work))
        {
            return new ThreadHistoryLoad(work, Unavailable: false);
        }

        using var timeout = new CancellationTokenSource(Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var thread = await history.ReadAsync(work.Reply, linked.Token);
            return new ThreadHistoryLoad(
                work.Message is { } message ? work with { Message = message with { Thread = thread } } : work with { Action = work.Action! with { Thread = thread } },
                Unavailable: false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Logged without content: the exception's type only, never a message of the thread.
            LogUnavailable(logger, work.Reply.Channel, ex.GetType().Name, requestId);
            return new ThreadHistoryLoad(work, Unavailable: true);
        }
    }

    // Only requests that gather evidence read the thread: the read is rate-limited, and help or who-approved do not need it.
    private static bool WantsThread(ConversationWork work) => work switch
    {
        { Message: { Thread.Count: 0 } message } => message.Command is DraftCommand or CheckCommand or EditCommand,
        { Action: { Thread.Count: 0 } action } => CardClicks.ReadsThread(action.Verb),
        _ => false,
    };

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The thread of inbox request {RequestId} on {Channel} could not be read ({ExceptionType}); it is answered without the thread.")]
    private static partial void LogUnavailable(ILogger logger, string channel, string exceptionType, long requestId);
}
