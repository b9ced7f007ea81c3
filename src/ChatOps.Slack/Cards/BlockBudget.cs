
namespace ChatOps.Slack.Cards;

/// <summary>Fits card parts into a block budget: by priority, each later part keeps at least its note, cut parts end in one.</summary>
internal static class BlockBudget
{
    public static List<SlackBlock> Fit(IReadOnlyList<BlockGroup> groups, int budget)
    {
        var shares = new int[groups.Count];
        var order = Enumerable.Range(0, groups.Count).OrderBy(i => groups[i].Priority).ToList();
        var left = budget;
        for (var rank = 0; rank < order.Count; rank++)
        {
            var index = order[rank];
            var reserved = order.Count - rank - 1;
            shares[index] = Math.Clamp(left - reserved, Math.Min(1, left), groups[index].Blocks.Count);
            left -= shares[index];
        }

        var blocks = new List<SlackBlock>();
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (shares[i] >= group.Blocks.Count)
            {
                blocks.AddRange(group.Blocks);
            }
            else if (shares[i] > 0)
            {
                blocks.AddRange(group.Blocks.Take(shares[i] - 1));
                blocks.Add(group.Overflow(group.Blocks.Count - shares[i] + 1));
            }
        }

        return blocks;
    }
}
