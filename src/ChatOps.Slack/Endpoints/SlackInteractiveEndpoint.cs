using System.Text;
using System.Text.Json;
using ChatOps.Core.Cards;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary><c>POST /slack/interactive</c>: button clicks (opening a modal first when the action needs text) and modal submissions.</summary>
internal sealed class SlackInteractiveEndpoint(
    SlackSignedRequestReader reader, SlackInboxDispatcher dispatcher, SlackModalOpener modals, ILogger<SlackInteractiveEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var (refusal, body) = await reader.ReadAsync(context, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var payload = Parse(body);
        if (payload is null)
        {
            return TypedResults.BadRequest();
        }

        if (SlackInteractionReader.ReadClick(payload) is var (action, value))
        {
            if (value.Input is null)
            {
                await dispatcher.DispatchAsync(action, null, cancellationToken);
            }
            else if (await dispatcher.ClaimAsync(action.DeliveryKey, cancellationToken))
            {
                var current = action.Verb == CardVerbs.Edit ? DraftTextRecovery.FromMessage(payload.Message) : null;
                await modals.OpenAsync(action, value.Input, current, cancellationToken);
            }

            return TypedResults.Ok();
        }

        if (SlackInteractionReader.ReadSubmission(payload) is { } submission)
        {
            var result = await dispatcher.DispatchAsync(submission, null, cancellationToken);
            return result?.InputErrors is { Count: > 0 } errors
                ? TypedResults.Json(new SlackViewErrorsReply(errors), SlackJsonContext.Default.SlackViewErrorsReply)
                : TypedResults.Ok();
        }

        Log.Ignored(logger, payload.Type ?? "unknown");
        return TypedResults.Ok();
    }

    private static Wire.SlackInteractionPayload? Parse(byte[] body)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (!form.TryGetValue("payload", out var json) || string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json.ToString(), SlackJsonContext.Default.SlackInteractionPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
