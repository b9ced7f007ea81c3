using System.Text.Json.Nodes;

namespace ChatOps.Teams.Wire;

/// <summary>An activity attachment, such as an Adaptive Card.</summary>
public sealed record Attachment(string ContentType, JsonNode? Content);
