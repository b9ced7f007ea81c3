using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;

namespace ChatOps.Host.Console;

/// <summary>Shows answers on the console page's threads.</summary>
internal sealed class ConsoleReplyChannel(ConsoleThreads threads) : IReplyChannel
{
    public string Channel => ChannelIdentity.Console;

    public Task DeliverAsync(ReplyAddress address, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        threads.Show(address.ThreadId, reply, address.Actor);
        return Task.CompletedTask;
    }
}
