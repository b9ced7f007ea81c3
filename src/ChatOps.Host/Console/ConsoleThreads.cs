using System.Collections.Concurrent;
using ChatOps.Core.Conversations.Replies;

namespace ChatOps.Host.Console;

/// <summary>The console's threads, kept in memory: the ledger is the record; this is only what the page shows.</summary>
public sealed class ConsoleThreads(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ConsoleThread> threads = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Ids => threads.Keys.Order(StringComparer.Ordinal).ToArray();

    public ConsoleThread Get(string id) => threads.GetOrAdd(id, static key => new ConsoleThread(key));

    public bool TryGet(string id, out ConsoleThread? thread) => threads.TryGetValue(id, out thread);

    /// <summary>Shows a reply: thread cards in the thread, personal cards to their person, updates in place everywhere.</summary>
    public void Show(string threadId, ConversationReply reply, string actor)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var thread = Get(threadId);
        var now = time.GetUtcNow();
        foreach (var card in reply.ToThread)
        {
            thread.Add(new ConsoleEntry("chatops", now, null, card, DraftOf(card), null));
        }

        if (reply.ToActorOnly is { } privateCard)
        {
            thread.Add(new ConsoleEntry("chatops", now, null, privateCard, null, actor));
        }

        foreach (var update in reply.Updates)
        {
            foreach (var t in threads.Values)
            {
                t.Replace(update.DraftId, update.Replaces, update.Card);
            }
        }
    }

    private static string? DraftOf(ChatOps.Core.Cards.Card card) =>
        card.DraftId ?? card.Actions.Select(a => a.Data.GetValueOrDefault(ChatOps.Core.Cards.Building.ActionData.DraftKey)).FirstOrDefault(d => d is not null)
        ?? card.Facts.FirstOrDefault(f => f.Label == "Draft")?.Value;
}
