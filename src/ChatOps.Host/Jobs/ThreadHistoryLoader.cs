using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Commands;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Adds the thread so far to a request from a channel that has an <see cref="IThreadHistory"/>, for the commands that
/// gather evidence. A thread that cannot be read does not lose the request: it is answered without the thread.
/// </summary>
internal sealed partial class ThreadHistoryLoader(IEnumerable<IThreadHistory> histories, TimeProvider time, ILogger<ThreadHistoryLoader> logger)
{
    // Slack may hold conversations.replies to one call a minute; a draft waits this long for the thread, then goes without it.
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public async Task<ThreadHistoryLoad> LoadAsync(IncomingMessage message, ReplyAddress address, long requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(address);
        // Only commands that gather evidence read the thread: the read is rate-limited, and help or who-approved do not need it.
        var history = histories.FirstOrDefault(h => h.Channel == address.Channel);
        if (history is null || message.Thread.Count > 0 || CommandParser.Parse(message.Text) is not (DraftCommand or CheckCommand or EditCommand))
        {
            return new ThreadHistoryLoad(message, Unavailable: false);
        }

        using var timeout = new CancellationTokenSource(Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var thread = await history.ReadAsync(address, linked.Token);
            return new ThreadHistoryLoad(message with { Thread = thread }, Unavailable: false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Logged without content: the exception's type only, never a message of the thread.
            LogUnavailable(logger, address.Channel, ex.GetType().Name, requestId);
            return new ThreadHistoryLoad(message, Unavailable: true);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The thread of inbox request {RequestId} on {Channel} could not be read ({ExceptionType}); it is answered without the thread.")]
    private static partial void LogUnavailable(ILogger logger, string channel, string exceptionType, long requestId);
}
