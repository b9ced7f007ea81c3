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
public sealed class ConversationCore(ChatOpsPolicy policy, DraftingFlow drafting, ApprovalFlow approvals, QueryFlow queries)
{
    public async Task<ConversationReply> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.request");
        activity?.SetTag("chatops.channel", message.Where.Channel);
        var person = policy.Resolve(message.From);
        var command = CommandParser.Parse(message.Text);
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
            HelpCommand help => ConversationReply.Thread(AnswerCards.Help(help.NotUnderstood)),
            _ => ConversationReply.Thread(AnswerCards.Help()),
        };
    }

    public async Task<ConversationReply> HandleActionAsync(IncomingAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.action");
        activity?.SetTag("chatops.verb", action.Verb);
        var person = policy.Resolve(action.From);
        action.Data.TryGetValue(ActionData.DraftKey, out var draftId);
        return action.Verb switch
        {
            CardVerbs.Approve => await approvals.DecideAsync(action, person, DecisionVerdict.Approve, cancellationToken),
            CardVerbs.Reject => await approvals.DecideAsync(action, person, DecisionVerdict.Reject, cancellationToken),
            CardVerbs.RequestChanges => await approvals.DecideAsync(action, person, DecisionVerdict.RequestChanges, cancellationToken),
            CardVerbs.Refresh => await approvals.RefreshAsync(action, person, cancellationToken),
            CardVerbs.Submit => await approvals.SubmitAsync(draftId, person, cancellationToken),
            CardVerbs.Edit when action.Inputs.TryGetValue(ActionData.TextInput, out var text) =>
                await drafting.EditAsync(new IncomingMessage(action.From, action.Where, text) { Thread = action.Thread }, person, new EditCommand(draftId, text, action.Data.GetValueOrDefault(ActionData.VersionKey)), cancellationToken),
            _ => ConversationReply.Private(AnswerCards.Refused($"\"{action.Verb}\" is not something this card can do.")),
        };
    }
}
