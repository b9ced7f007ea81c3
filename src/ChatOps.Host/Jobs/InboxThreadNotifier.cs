using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Jobs;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Delivers notices to a thread through the durable job queue: kept (a deliver-reply job) before the job that caused
/// them is finished, sent by the job worker like any answer (retried with backoff if the channel is down), once per notice key.
/// </summary>
internal sealed partial class InboxThreadNotifier(ConversationInbox inbox, ThreadAddresses addresses, ILogger<InboxThreadNotifier> logger) : IThreadNotifier
{
    public async Task NotifyAsync(string threadKey, string noticeKey, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        if (ThreadKeys.Parse(threadKey) is null || await addresses.FindAsync(threadKey, cancellationToken) is not { } address)
        {
            LogNoAddress(logger, threadKey);
            return;
        }

        await inbox.EnqueueReplyAsync($"notice:{noticeKey}", new DeliverReplyJob(address, reply, threadKey, RememberAddress: false), cancellationToken);
    }

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "No address is known for thread {Thread}; a notice to it was not sent.")]
    private static partial void LogNoAddress(ILogger logger, string thread);
}
