using System.Text.Json;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary><c>POST /slack/events</c>: the URL check, and mentions and thread messages handed to the inbox.</summary>
internal sealed class SlackEventsEndpoint(SlackSignedRequestReader reader, SlackInboxDispatcher dispatcher, ILogger<SlackEventsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var (refusal, body) = await reader.ReadAsync(context, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        SlackEventEnvelope? envelope;
        try
        {
            envelope = SlackEventEnvelopeReader.Read(body);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (envelope?.Type == "url_verification")
        {
            return TypedResults.Text(envelope.Challenge ?? string.Empty, "text/plain");
        }

        var item = envelope is null ? null : SlackEventReader.Read(envelope);
        if (item is null)
        {
            Log.Ignored(logger, envelope?.Event?.Type ?? envelope?.Type ?? "unknown");
            return TypedResults.Ok();
        }

        await dispatcher.DispatchAsync(item, context.Request.Headers["X-Slack-Retry-Num"].ToString(), cancellationToken);
        return TypedResults.Ok();
    }
}
