using System.Text.Json.Serialization;

namespace ChatOps.Teams.Schema;

/// <summary>Source-generated JSON metadata for every wire type the adapter reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(ConnectorError))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
