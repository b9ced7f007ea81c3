using ChatOps.Core.Cards;

namespace ChatOps.Host.Console;

/// <summary>One console thread: what people said and the cards the bot posted, in order.</summary>
public sealed class ConsoleThread(string id)
{
    private readonly List<ConsoleEntry> entries = [];
    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();

    public string Id { get; } = id;

    /// <summary>Completes at the thread's next change (an entry added or a card replaced); take it before reading, so no change is missed.</summary>
    public Task Changed
    {
        get
        {
            lock (gate)
            {
                return changed.Task;
            }
        }
    }

    public IReadOnlyList<ConsoleEntry> Snapshot()
    {
        lock (gate)
        {
            return entries.ToArray();
        }
    }

    public void Add(ConsoleEntry entry)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            entries.Add(entry with { Number = entries.Count + 1 });
            signal = TakeSignal();
        }

        signal.SetResult();
    }

    /// <summary>Replaces, in place, every card of the draft that served <paramref name="replaces"/>; everyone sees the outcome.</summary>
    public int Replace(string draftId, CardKind replaces, Card card)
    {
        TaskCompletionSource? signal = null;
        var replaced = 0;
        lock (gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Card is { } old && SameCard(old.Kind, replaces) && entries[i].DraftId == draftId)
                {
                    entries[i] = entries[i] with { Card = card };
                    replaced++;
                }
            }

            if (replaced > 0)
            {
                signal = TakeSignal();
            }
        }

        signal?.SetResult();
        return replaced;
    }

    // Waiters resume on the thread pool, not on the thread that changed the thread (a worker answering a request).
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource TakeSignal()
    {
        var taken = changed;
        changed = NewSignal();
        return taken;
    }

    // The approval card is one card through its life: a request, then decided, then told where the text went.
    private static bool SameCard(CardKind shown, CardKind replaces) =>
        shown == replaces || (shown is CardKind.ApprovalRequest or CardKind.Decided && replaces is CardKind.ApprovalRequest or CardKind.Decided);
}
