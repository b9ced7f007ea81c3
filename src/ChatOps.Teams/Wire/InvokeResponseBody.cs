using System.Text.Json.Nodes;

namespace ChatOps.Teams.Wire;

/// <summary>The body of the HTTP 200 that answers an <c>adaptiveCard/action</c> invoke: status, content type and value.</summary>
public sealed record InvokeResponseBody(int StatusCode, string Type, JsonNode? Value);
