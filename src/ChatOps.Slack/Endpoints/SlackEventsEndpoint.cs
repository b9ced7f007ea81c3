using System.Text.Json;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary><c>POST /slack/events</c>: the URL check, and mentions and thread messages handed to the inbox.</summary>
/// <remarks>
/// A request delegate of its own, answering on the response itself: every event of a workspace comes through here, and
/// each layer of awaiting between the inbox and the server is an object and a step more per acknowledgement.
/// </remarks>
internal sealed class SlackEventsEndpoint(SlackSignedRequestReader reader, SlackInboxDispatcher dispatcher, ILogger<SlackEventsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var (refusal, body) = await reader.ReadAsync(context, cancellationToken);
        if (refusal is not null)
        {
            await RespondAsync(context, refusal);
            return;
        }

        SlackEventEnvelope? envelope;
        try
        {
            envelope = SlackEventEnvelopeReader.Read(body);
        }
        catch (JsonException)
        {
            await RespondAsync(context, TypedResults.BadRequest());
            return;
        }

        if (envelope?.Type == "url_verification")
        {
            await RespondAsync(context, TypedResults.Text(envelope.Challenge ?? string.Empty, "text/plain"));
            return;
        }

        var item = envelope is null ? null : SlackEventReader.Read(envelope);
        if (item is null)
        {
            Log.Ignored(logger, envelope?.Event?.Type ?? envelope?.Type ?? "unknown");
            return;
        }

        // The response is an empty 200 until set otherwise.
        await dispatcher.DispatchAsync(item, context.Request.Headers["X-Slack-Retry-Num"].ToString(), cancellationToken);
    }

    // Ok's ExecuteAsync would only set the 200 again, after resolving a logger factory from the request's services,
    // which creates a service scope for every acknowledgement.
    private static Task RespondAsync(HttpContext context, IResult result) =>
        result is Ok ? Task.CompletedTask : result.ExecuteAsync(context);
}
