using System.Text.Json.Nodes;

namespace ChatOps.Teams.Wire;

/// <summary>The body of <c>POST v3/conversations</c>: a 1:1 conversation between the bot and one member.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public required ChannelAccount Bot { get; init; }

    public required IReadOnlyList<ChannelAccount> Members { get; init; }

    public string? TenantId { get; init; }

    public JsonObject? ChannelData { get; init; }
}
