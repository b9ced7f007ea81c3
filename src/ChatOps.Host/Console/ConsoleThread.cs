using ChatOps.Core.Cards;

namespace ChatOps.Host.Console;

/// <summary>One console thread: what people said and the cards the bot posted, in order.</summary>
public sealed class ConsoleThread(string id)
{
    private readonly List<ConsoleEntry> entries = [];
    private readonly Lock gate = new();

    public string Id { get; } = id;

    public IReadOnlyList<ConsoleEntry> Snapshot()
    {
        lock (gate)
        {
            return entries.ToArray();
        }
    }

    public void Add(ConsoleEntry entry)
    {
        lock (gate)
        {
            entries.Add(entry with { Number = entries.Count + 1 });
        }
    }

    /// <summary>Replaces, in place, every card of the draft that served <paramref name="replaces"/>; everyone sees the outcome.</summary>
    public int Replace(string draftId, CardKind replaces, Card card)
    {
        lock (gate)
        {
            var replaced = 0;
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Card is { } old && SameCard(old.Kind, replaces) && entries[i].DraftId == draftId)
                {
                    entries[i] = entries[i] with { Card = card };
                    replaced++;
                }
            }

            return replaced;
        }
    }

    // The approval card is one card through its life: a request, then decided, then told where the text went.
    private static bool SameCard(CardKind shown, CardKind replaces) =>
        shown == replaces || (shown is CardKind.ApprovalRequest or CardKind.Decided && replaces is CardKind.ApprovalRequest or CardKind.Decided);
}
