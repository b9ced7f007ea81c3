using ChatOps.Core.Jobs;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>A button pressed on a card: the verb, the data the card carried, and any text the person typed.</summary>
public sealed record IncomingAction(ChannelIdentity From, ConversationRef Where, string Verb, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>Typed inputs, such as the reason for a rejection.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    /// <summary>The thread so far, oldest first, for an edit: the new text is checked against the same sources as the draft.</summary>
    public IReadOnlyList<ThreadMessage> Thread { get; init; } = [];

    /// <summary>The channel's own id for this delivery; a repeat with the same id is recorded once.</summary>
    public string? DeliveryId { get; init; }

    /// <summary>Where the news of a decision this click records goes, queued with the decision; null when the caller delivers the answer itself.</summary>
    public DecisionNotice? Notice { get; init; }
}
