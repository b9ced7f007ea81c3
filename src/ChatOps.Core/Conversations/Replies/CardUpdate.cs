using ChatOps.Core.Cards;

namespace ChatOps.Core.Conversations.Replies;

/// <summary>Replace every card shown for this draft (and purpose) with <see cref="Card"/>.</summary>
public sealed record CardUpdate(string DraftId, CardKind Replaces, Card Card);
