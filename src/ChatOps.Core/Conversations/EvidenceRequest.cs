using ChatOps.Core.Evidence;

namespace ChatOps.Core.Conversations;

/// <summary>What to gather evidence from: the thread so far, a ticket named in the request, and attachments.</summary>
public sealed record EvidenceRequest(ConversationRef Where, IReadOnlyList<ThreadMessage> Thread, string? Ticket, IReadOnlyList<Source> Attachments);
