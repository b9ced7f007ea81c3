using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Delivers notices to a thread through the durable inbox: kept before the job that caused them is finished, sent by
/// the conversation worker like any answer (retried if the channel is down), once per notice key.
/// </summary>
internal sealed partial class InboxThreadNotifier(ConversationInbox inbox, ThreadAddresses addresses, ILogger<InboxThreadNotifier> logger) : IThreadNotifier
{
    /// <summary>The verb of the stand-in action a notice travels as; the worker only delivers its answer.</summary>
    public const string NoticeVerb = "notice";

    public async Task NotifyAsync(string threadKey, string noticeKey, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        if (ThreadKeys.Parse(threadKey) is not { } where || await addresses.FindAsync(threadKey, cancellationToken) is not { } address)
        {
            LogNoAddress(logger, threadKey);
            return;
        }

        var action = new IncomingAction(new ChannelIdentity(where.Channel, "chatops"), where, NoticeVerb, new Dictionary<string, string>())
        {
            DeliveryId = $"notice:{noticeKey}",
        };
        await inbox.EnqueueAsync(new ConversationWork(null, action, address) { Answer = reply }, cancellationToken);
    }

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "No address is known for thread {Thread}; a notice to it was not sent.")]
    private static partial void LogNoAddress(ILogger logger, string thread);
}
