using System.Text.Json.Nodes;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOps.Teams.Endpoints;

/// <summary>
/// The invoke response envelope: always HTTP 200, with <c>statusCode</c>, <c>type</c> and <c>value</c> in the
/// body (Teams shows an error for any other HTTP status, and for a bare card as the body).
/// </summary>
internal static class InvokeResponses
{
    public static JsonHttpResult<InvokeResponseBody> From(TeamsInvokeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Card is { } card)
        {
            return Envelope(new InvokeResponseBody(200, ActivityTypes.AdaptiveCardContentType, AdaptiveCardRenderer.Render(card, result.View)));
        }

        if (result.ErrorStatus is { } status)
        {
            return Error(status, result.ErrorCode!, result.Message!);
        }

        return Envelope(new InvokeResponseBody(200, ActivityTypes.MessageContentType, JsonValue.Create(result.Message)));
    }

    public static JsonHttpResult<InvokeResponseBody> AlreadyReceived() =>
        Envelope(new InvokeResponseBody(200, ActivityTypes.MessageContentType, JsonValue.Create("This action was already received.")));

    public static JsonHttpResult<InvokeResponseBody> BadRequest(string message) => Error(400, "BadRequest", message);

    private static JsonHttpResult<InvokeResponseBody> Error(int status, string code, string message) =>
        Envelope(new InvokeResponseBody(status, ActivityTypes.ErrorContentType, new JsonObject { ["code"] = code, ["message"] = message }));

    private static JsonHttpResult<InvokeResponseBody> Envelope(InvokeResponseBody body) =>
        TypedResults.Json(body, TeamsJsonContext.Default.InvokeResponseBody, statusCode: StatusCodes.Status200OK);
}
