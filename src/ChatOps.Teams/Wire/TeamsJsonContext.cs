using System.Text.Json.Serialization;

namespace ChatOps.Teams.Wire;

/// <summary>Source-generated JSON metadata for every wire type the adapter reads or writes.</summary>
/// <remarks>A property given twice is refused: the sender could mean either, and an activity's body is not signed.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(ConnectorError))]
[JsonSerializable(typeof(PagedMembersResult))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
