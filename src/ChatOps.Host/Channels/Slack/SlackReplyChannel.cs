using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;
using ChatOps.Host.Jobs;
using ChatOps.Slack.Api;
using ChatOps.Slack.Rendering;

namespace ChatOps.Host.Channels.Slack;

/// <summary>Posts answers in the Slack thread, refusals as ephemeral messages, and decided cards over the clicked card.</summary>
internal sealed class SlackReplyChannel(ISlackWebApi slack, BlockKitRenderer renderer) : IReplyChannel
{
    public string Channel => ChannelIdentity.Slack;

    public async Task DeliverAsync(ReplyAddress address, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        var thread = string.IsNullOrEmpty(address.ThreadId) ? null : address.ThreadId;
        foreach (var card in reply.ToThread)
        {
            await slack.PostMessageAsync(ChatPostMessageRequest.From(address.ConversationId, renderer.Render(card), thread), cancellationToken);
        }

        if (reply.ToActorOnly is { } refusal)
        {
            var message = renderer.Render(refusal);
            await slack.PostEphemeralAsync(new ChatPostEphemeralRequest(address.ConversationId, address.Actor, message.Text)
            {
                Blocks = message.Blocks,
                ThreadTs = thread,
            }, cancellationToken);
        }

        // The card that was clicked is replaced in place; Slack shows the outcome to everyone in the channel.
        foreach (var update in reply.Updates)
        {
            if (address.MessageId is { } ts)
            {
                await slack.UpdateMessageAsync(ChatUpdateRequest.From(address.ConversationId, ts, renderer.Render(update.Card)), cancellationToken);
            }
        }
    }
}
