using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Conversations.Flows;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Diagnostics;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>The channel-agnostic conversation core: turns what people say and click into actions and answers.</summary>
public sealed class ConversationCore(ChatOpsPolicy policy, DraftingFlow drafting, ApprovalFlow approvals, QueryFlow queries, ControlFlow controls, IGroupDirectory groups, PeopleNames names, IEnumerable<IChannelNames> channelNames)
{
    public async Task<ConversationReply> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.request");
        activity?.SetTag("chatops.channel", message.Where.Channel);
        await LearnNameAsync(message.From, cancellationToken);
        var person = policy.Resolve(message.From, await groups.GroupsOfAsync(message.From, cancellationToken));
        var command = message.Command;
        activity?.SetTag("chatops.command", command.GetType().Name);
        return command switch
        {
            DraftCommand draft => await drafting.DraftAsync(message, person, draft, cancellationToken),
            CheckCommand check => await drafting.CheckAsync(message, check, cancellationToken),
            EditCommand edit => await drafting.EditAsync(message, person, edit, cancellationToken),
            SubmitCommand submit => await approvals.SubmitAsync(
                submit.DraftId ?? await drafting.LatestDraftInThreadAsync(message.Where, cancellationToken), person, cancellationToken),
            WhoApprovedCommand who => await queries.WhoApprovedAsync(message.Where, who.Ticket, who.DraftId, cancellationToken),
            HistoryCommand history => await queries.HistoryAsync(
                history.DraftId ?? await drafting.LatestDraftInThreadAsync(message.Where, cancellationToken), cancellationToken),
            StatsCommand => await queries.StatsAsync(cancellationToken),
            SwitchCommand change => await controls.SwitchAsync(person, change.Workflow, change.Enable, change.Reason, cancellationToken),
            PendingCommand => await controls.PendingAsync(person, cancellationToken),
            OverrideCommand o => await controls.OverrideAsync(person, o.DraftId ?? await drafting.LatestDraftInThreadAsync(message.Where, cancellationToken), null, o.Reason, cancellationToken),
            RetryCommand r => await controls.RetryAsync(person, r.DraftId ?? await drafting.LatestDraftInThreadAsync(message.Where, cancellationToken), cancellationToken),
            RenewCommand r => await controls.RenewAsync(person, r.DraftId ?? await drafting.LatestDraftInThreadAsync(message.Where, cancellationToken), null, cancellationToken),
            RetainCommand r => await controls.RetainAsync(person, r.DryRun, cancellationToken),
            HelpCommand help => ConversationReply.Thread(AnswerCards.Help(help.NotUnderstood)),
            _ => ConversationReply.Thread(AnswerCards.Help()),
        };
    }

    public async Task<ConversationReply> HandleActionAsync(IncomingAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.action");
        activity?.SetTag("chatops.verb", action.Verb);
        await LearnNameAsync(action.From, cancellationToken);
        var person = policy.Resolve(action.From, await groups.GroupsOfAsync(action.From, cancellationToken));
        action.Data.TryGetValue(ActionData.DraftKey, out var draftId);
        return action.Verb switch
        {
            CardVerbs.Approve => await approvals.DecideAsync(action, person, DecisionVerdict.Approve, cancellationToken),
            CardVerbs.Reject => await approvals.DecideAsync(action, person, DecisionVerdict.Reject, cancellationToken),
            CardVerbs.RequestChanges => await approvals.DecideAsync(action, person, DecisionVerdict.RequestChanges, cancellationToken),
            CardVerbs.Refresh => await approvals.RefreshAsync(action, person, cancellationToken),
            CardVerbs.Submit => await approvals.SubmitAsync(draftId, person, cancellationToken),
            CardVerbs.Override => Privately(await controls.OverrideAsync(person, draftId, action.Data.GetValueOrDefault(ActionData.VersionKey), action.Inputs.GetValueOrDefault(ActionData.ReasonInput), cancellationToken)),
            CardVerbs.Retry => Privately(await controls.RetryAsync(person, draftId, cancellationToken)),
            CardVerbs.Renew => Privately(await controls.RenewAsync(person, draftId, action.Data.GetValueOrDefault(ActionData.VersionKey), cancellationToken)),
            CardVerbs.Edit when action.Inputs.TryGetValue(ActionData.TextInput, out var text) =>
                await drafting.EditAsync(new IncomingMessage(action.From, action.Where, text) { Thread = action.Thread }, person, new EditCommand(draftId, text, action.Data.GetValueOrDefault(ActionData.VersionKey)), cancellationToken),
            _ => ConversationReply.Private(AnswerCards.Refused($"\"{action.Verb}\" is not something this card can do.")),
        };
    }

    /// <summary>The news of a decision taken on a card, rendered from the ledger when its job runs (<see cref="Jobs.DecisionNoticeJob"/>).</summary>
    public Task<ConversationReply> NoticeOfDecisionAsync(string draftId, string message, CancellationToken cancellationToken = default) =>
        approvals.NoticeOfDecisionAsync(draftId, message, cancellationToken);

    // Someone the policy does not list is named on cards as their channel names them, asked once (Teams gives the name in every activity).
    private async Task LearnNameAsync(ChannelIdentity who, CancellationToken cancellationToken)
    {
        await names.RefreshAsync(cancellationToken);
        if (!names.Knows(who) && channelNames.FirstOrDefault(c => c.Channel == who.Channel) is { } source)
        {
            await names.LearnAsync(who, await source.NameOfAsync(who.UserId, cancellationToken), cancellationToken);
        }
    }

    // A refused click is said to the person who clicked, not to the whole thread.
    private static ConversationReply Privately(ConversationReply reply) =>
        reply.ToThread is [{ Title: "Not done" } refusal] ? ConversationReply.Private(refusal) : reply;
}
