using System.Text;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Slack.Endpoints;

/// <summary><c>POST /slack/commands</c>: <c>/chatops verb …</c> handed to the inbox, answered at once.</summary>
internal sealed class SlackCommandsEndpoint(SlackSignedRequestReader reader, SlackInboxDispatcher dispatcher)
{
    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var (refusal, body) = await reader.ReadAsync(context, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        var command = SlackCommandReader.Read(form);
        if (command is null)
        {
            return TypedResults.BadRequest();
        }

        var result = await dispatcher.DispatchAsync(command, null, cancellationToken);
        return result?.Reply is { } reply
            ? TypedResults.Json(new SlackCommandReply(reply), SlackJsonContext.Default.SlackCommandReply)
            : TypedResults.Ok();
    }
}
