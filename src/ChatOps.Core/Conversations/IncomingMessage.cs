using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Evidence;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>What a person said to the bot, already authenticated by the channel adapter.</summary>
public sealed record IncomingMessage(ChannelIdentity From, ConversationRef Where, string Text)
{
    private ChatCommand? command;

    /// <summary>
    /// What the text asks for, parsed once where the message enters (the channel adapter) and carried with it through
    /// the inbox to the thread loader and the core; a request kept before it carried one is parsed from its text.
    /// </summary>
    public ChatCommand Command
    {
        get => command ??= CommandParser.Parse(Text);
        init => command = value;
    }

    /// <summary>The thread so far, oldest first, as the channel returned it; becomes evidence.</summary>
    public IReadOnlyList<ThreadMessage> Thread { get; init; } = [];

    /// <summary>Attachments or pasted results the adapter turned into sources (log-query results, documents).</summary>
    public IReadOnlyList<Source> Attachments { get; init; } = [];

    /// <summary>The channel's own id for this delivery; a repeat with the same id is answered once.</summary>
    public string? DeliveryId { get; init; }

    // Equal when they say the same: the command is compared as parsed, whether or not either has parsed it yet.
    public bool Equals(IncomingMessage? other) =>
        other is not null && From == other.From && Where == other.Where && Text == other.Text && Command == other.Command
        && Thread == other.Thread && Attachments == other.Attachments && DeliveryId == other.DeliveryId;

    public override int GetHashCode() => HashCode.Combine(From, Where, Text, DeliveryId);
}
