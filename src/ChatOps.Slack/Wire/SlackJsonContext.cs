using System.Text.Json.Serialization;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Inbound;

namespace ChatOps.Slack.Wire;

/// <summary>Source-generated JSON for every Slack wire type: snake_case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackInteractionPayload))]
[JsonSerializable(typeof(SlackButtonValue))]
[JsonSerializable(typeof(SlackModalState))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(SlackModalView))]
[JsonSerializable(typeof(SlackCommandReply))]
[JsonSerializable(typeof(SlackViewErrorsReply))]
[JsonSerializable(typeof(ChatPostMessageRequest))]
[JsonSerializable(typeof(ChatUpdateRequest))]
[JsonSerializable(typeof(ChatPostEphemeralRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ChatMessageResponse))]
[JsonSerializable(typeof(ChatPostEphemeralResponse))]
[JsonSerializable(typeof(ViewsOpenResponse))]
[JsonSerializable(typeof(ConversationsRepliesResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ChatGetPermalinkResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(UserGroupsUsersListResponse))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
