
namespace ChatOps.Slack.Cards;

/// <summary>One part of a card (draft, sources, facts…) as blocks, and the note that stands in for blocks cut for space.</summary>
/// <param name="Priority">Lower keeps its blocks first when the message would pass 50 blocks.</param>
/// <param name="Blocks">The part's blocks, in order.</param>
/// <param name="Overflow">Builds the note from the number of blocks left out.</param>
internal sealed record BlockGroup(int Priority, IReadOnlyList<SlackBlock> Blocks, Func<int, SlackBlock> Overflow);
