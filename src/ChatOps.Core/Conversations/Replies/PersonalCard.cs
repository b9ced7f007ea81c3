using ChatOps.Core.Cards;

namespace ChatOps.Core.Conversations.Replies;

/// <summary>A card meant for one person, such as an approval request sent to an approver.</summary>
public sealed record PersonalCard(string PersonId, Card Card);
