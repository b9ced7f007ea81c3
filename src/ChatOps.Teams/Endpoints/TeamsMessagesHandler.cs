using System.Text.Json;
using ChatOps.Teams.Authentication;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Teams.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: authenticates before anything else, parses the activity and hands it to
/// <see cref="ITeamsInbox"/>, whose durable insert finds a redelivered activity (answered as taken, run once); nothing
/// reaches the inbox from a request that fails authentication.
/// </summary>
internal sealed class TeamsMessagesHandler(TeamsRequestAuthenticator authenticator, ILogger<TeamsMessagesHandler> logger)
{
    /// <summary>Activities are small; a megabyte leaves room for large card payloads and refuses floods.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authenticated = await authenticator.AuthenticateAsync(context, cancellationToken);
        if (!authenticated.Succeeded)
        {
            return Refuse(authenticated);
        }

        var activity = await ReadAsync(context, cancellationToken);
        if (activity is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a Bot Framework activity.");
        }

        var authorized = authenticator.Authorize(authenticated, activity);
        if (!authorized.Succeeded)
        {
            return Refuse(authorized);
        }

        return await DispatchAsync(context.RequestServices.GetRequiredService<ITeamsInbox>(), activity, cancellationToken);
    }

    private async Task<IResult> DispatchAsync(ITeamsInbox inbox, Activity activity, CancellationToken cancellationToken) =>
        activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(inbox, activity, cancellationToken),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await OnCardActionAsync(inbox, activity, cancellationToken),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(inbox, activity, cancellationToken),
            _ => Ignore(activity),
        };

    private async Task<IResult> OnMessageAsync(ITeamsInbox inbox, Activity activity, CancellationToken cancellationToken)
    {
        // An Action.Submit fallback (old clients) arrives as a message with our action data as its value.
        if (activity.Value is { } value && ActionPayload.IsOurs(value) && ActivityParser.Action(activity) is { } submitted)
        {
            await InvokeOnceAsync(inbox, submitted, cancellationToken);
            return TypedResults.Ok();
        }

        // A bare mention arrives with empty text; the core answers it with help rather than silence.
        if (ActivityParser.Message(activity) is { } message)
        {
            Accepted(await inbox.OnMessageAsync(message, cancellationToken), activity);
            return TypedResults.Ok();
        }

        return Ignore(activity);
    }

    private async Task<IResult> OnCardActionAsync(ITeamsInbox inbox, Activity activity, CancellationToken cancellationToken)
    {
        if (ActivityParser.Action(activity) is not { } action)
        {
            return InvokeResponses.BadRequest("The invoke is not an Action.Execute from a ChatOps card.");
        }

        return await InvokeOnceAsync(inbox, action, cancellationToken) is { } result ? InvokeResponses.From(result) : InvokeResponses.AlreadyReceived();
    }

    /// <summary>
    /// Decides a card action once per activity: the invoke is claimed durably first (a repeat answers null), and the
    /// claim is released when deciding fails, so the channel's redelivery is decided. A refresh records nothing and is not claimed.
    /// </summary>
    private async Task<TeamsInvokeResult?> InvokeOnceAsync(ITeamsInbox inbox, InboundAction action, CancellationToken cancellationToken)
    {
        if (action.IsAutomaticRefresh)
        {
            return await inbox.InvokeAsync(action, cancellationToken);
        }

        if (!await inbox.ClaimAsync(action.ActivityId, cancellationToken))
        {
            Log.DuplicateActivity(logger, ActivityTypes.Invoke);
            return null;
        }

        try
        {
            return await inbox.InvokeAsync(action, cancellationToken);
        }
        catch
        {
            await inbox.ReleaseAsync(action.ActivityId, CancellationToken.None);
            throw;
        }
    }

    private void Accepted(bool accepted, Activity activity)
    {
        if (!accepted)
        {
            Log.DuplicateActivity(logger, activity.Type!);
        }
    }

    private async Task<IResult> OnConversationUpdateAsync(ITeamsInbox inbox, Activity activity, CancellationToken cancellationToken)
    {
        if (ActivityParser.Install(activity) is not { } install)
        {
            return Ignore(activity);
        }

        Accepted(await inbox.OnInstalledAsync(install, cancellationToken), activity);
        return TypedResults.Ok();
    }

    private Ok Ignore(Activity activity)
    {
        Log.ActivityIgnored(logger, activity.Type!, activity.Name);
        return TypedResults.Ok();
    }

    private ProblemHttpResult Refuse(AuthOutcome outcome)
    {
        // The reason is logged for operators and never sent: it would tell an attacker which check to defeat.
        Log.RequestRefused(logger, outcome.StatusCode, outcome.Reason);
        return TypedResults.Problem(
            statusCode: outcome.StatusCode,
            title: outcome.StatusCode == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden");
    }

    private async Task<Activity?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, TeamsJsonContext.Default.Activity, cancellationToken);
            return string.IsNullOrEmpty(activity?.Type) ? null : activity;
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            Log.BadActivity(logger, ex.GetType().Name);
            return null;
        }
    }
}
