using ChatOps.Core.Cards;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Outbound;

/// <summary>
/// Posts answers in the Slack thread (mentioning the people a card waits for), approval requests in each approver's
/// direct messages, refusals as ephemeral messages, and decided cards over every copy of the approval card.
/// </summary>
internal sealed partial class SlackReplyChannel(ISlackWebApi slack, BlockKitRenderer renderer, ChatOpsPolicy policy, CardCopies copies, ILogger<SlackReplyChannel> logger) : IReplyChannel
{
    public string Channel => ChannelIdentity.Slack;

    public async Task DeliverAsync(ReplyAddress address, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        var thread = string.IsNullOrEmpty(address.ThreadId) ? null : address.ThreadId;
        foreach (var card in reply.ToThread)
        {
            var posted = await slack.PostMessageAsync(ChatPostMessageRequest.From(address.ConversationId, WithMentions(card), thread), cancellationToken);
            await RememberAsync(card, posted, address.ConversationId, cancellationToken);
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

        // Every copy of the card is replaced in place: the thread's and each approver's direct message.
        foreach (var update in reply.Updates)
        {
            var rendered = renderer.Render(update.Card);
            var targets = (await copies.FindAsync(update.DraftId, Channel, cancellationToken)).Select(Parse).OfType<(string Channel, string Ts)>().ToList();
            if (address.MessageId is { } clicked && !targets.Contains((address.ConversationId, clicked)))
            {
                targets.Add((address.ConversationId, clicked));
            }

            foreach (var (channel, ts) in targets)
            {
                await slack.UpdateMessageAsync(ChatUpdateRequest.From(channel, ts, rendered), cancellationToken);
            }
        }

        foreach (var personal in reply.ToPeople)
        {
            await SendDirectlyAsync(personal, address.Actor, cancellationToken);
        }
    }

    // The approval request also goes to each approver's direct messages. A DM that cannot be opened (a missing scope,
    // a deactivated user) must not undo the answer in the thread, where the card already is.
    private async Task SendDirectlyAsync(PersonalCard personal, string actor, CancellationToken cancellationToken)
    {
        if (policy.ChannelIdOf(personal.PersonId, Channel) is not { } user || user == actor)
        {
            return;
        }

        try
        {
            var dm = await slack.OpenDirectMessageAsync(user, cancellationToken);
            if (dm.Channel?.Id is not { } channel)
            {
                return;
            }

            var posted = await slack.PostMessageAsync(ChatPostMessageRequest.From(channel, renderer.Render(personal.Card), null), cancellationToken);
            await RememberAsync(personal.Card, posted, channel, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            LogDirectFailed(logger, personal.PersonId, ex.ErrorCode);
        }
    }

    private async Task RememberAsync(Card card, ChatMessageResponse posted, string channel, CancellationToken cancellationToken)
    {
        if (card.Kind is CardKind.ApprovalRequest or CardKind.Decided && card.DraftId is { } draft && posted.Ts is { } ts)
        {
            await copies.SaveAsync(draft, Channel, $"{posted.Channel ?? channel}|{ts}", cancellationToken);
        }
    }

    // People a card waits for are mentioned, so Slack notifies them.
    private SlackMessage WithMentions(Card card)
    {
        var message = renderer.Render(card);
        var mentions = card.Mentions.Select(p => policy.ChannelIdOf(p, Channel)).OfType<string>().Select(id => $"<@{id}>").ToArray();
        return mentions.Length == 0
            ? message
            : message with { Blocks = [.. message.Blocks, new ContextBlock([new MrkdwnText($"Waiting for {string.Join(" ", mentions)}")]) { BlockId = "mentions" }] };
    }

    private static (string, string)? Parse(string copy) => copy.Split('|') is [var channel, var ts] ? (channel, ts) : null;

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Sending {Person} the approval card in a direct message failed ({Error}); the card in the thread is theirs to use.")]
    private static partial void LogDirectFailed(ILogger logger, string person, string error);
}
