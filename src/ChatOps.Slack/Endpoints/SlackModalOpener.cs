using ChatOps.Core.Cards;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Outbound;
using ChatOps.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary>Opens the modal that collects an action's text (reject reason, edited draft) while the click's trigger id is alive.</summary>
internal sealed class SlackModalOpener(ISlackWebApi api, TimeProvider timeProvider, ILogger<SlackModalOpener> logger)
{
    /// <summary>A trigger id lives about 3 s and Slack wants its answer within 3 s: give up before either runs out.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2.5);

    /// <param name="click">The click whose action asks for text.</param>
    /// <param name="input">The text field the action asks for.</param>
    /// <param name="initialValue">Text to start from (the current draft, for edit).</param>
    /// <param name="cancellationToken">The request's token.</param>
    public async Task OpenAsync(SlackActionReceived click, CardInput input, string? initialValue = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(click);
        if (click.TriggerId is null)
        {
            return;
        }

        var state = new SlackModalState(click.Verb, click.Data, click.Where.ChannelId, click.Where.ThreadTs, click.MessageTs, input.Id);
        var view = SlackModals.ForInput(click.Verb, input, state, initialValue);
        using var budget = new CancellationTokenSource(Budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await api.OpenViewAsync(new ViewsOpenRequest(click.TriggerId, view), linked.Token);
        }
        catch (SlackApiException e)
        {
            Log.ModalFailed(logger, e, click.Verb);
        }
        catch (OperationCanceledException e) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.ModalFailed(logger, e, click.Verb);
        }
    }
}
