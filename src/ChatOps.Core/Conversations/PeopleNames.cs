using System.Collections.Concurrent;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>
/// How cards and answers name people: the policy's display name (or policy name) for people it lists, and for anyone
/// else the name their channel gave (a Teams activity's <c>from.name</c>), never a raw id such as <c>teams:…</c> when a
/// name is known. Learned names are kept in the place book, so every instance and later runs use them; this process
/// reads them again at most once per <see cref="Reload"/>.
/// </summary>
public sealed class PeopleNames(ChatOpsPolicy policy, IPlaceBook book, TimeProvider time)
{
    /// <summary>How long the learned names read from the place book are used before they are read again.</summary>
    public static readonly TimeSpan Reload = TimeSpan.FromMinutes(5);

    private const string Scope = "names";
    private const char Separator = '\t';
    private readonly ConcurrentDictionary<string, string> learned = new(StringComparer.Ordinal);
    // When the names were last read, as UTC ticks (read and written atomically: requests of several threads ask at once).
    private long loadedAtTicks;

    /// <summary>The name to show for a core person id.</summary>
    public string Of(string personId)
    {
        if (policy.People.Any(p => string.Equals(p.Name, personId, StringComparison.Ordinal)))
        {
            return policy.DisplayName(personId);
        }

        return learned.TryGetValue(personId, out var name) ? name : personId;
    }

    /// <summary>Whether a name is known for them: the policy lists them, or a channel gave one.</summary>
    public bool Knows(ChannelIdentity who)
    {
        ArgumentNullException.ThrowIfNull(who);
        var id = policy.Resolve(who).Id;
        return learned.ContainsKey(id) || policy.People.Any(p => string.Equals(p.Name, id, StringComparison.Ordinal));
    }

    /// <summary>Remembers the name a channel gave someone the policy does not list; people it lists keep the policy's name.</summary>
    public async Task LearnAsync(ChannelIdentity who, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var id = policy.Resolve(who).Id;
        var shown = name?.Trim();
        if (string.IsNullOrEmpty(shown) || shown.Contains(Separator, StringComparison.Ordinal)
            || policy.People.Any(p => string.Equals(p.Name, id, StringComparison.Ordinal))
            || (learned.TryGetValue(id, out var known) && known == shown))
        {
            return;
        }

        await book.SavePlaceAsync(Scope, id, $"{id}{Separator}{shown}", cancellationToken);
        learned[id] = shown;
    }

    /// <summary>Reads the names other instances (or earlier runs) learned, unless they were read less than <see cref="Reload"/> ago.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (now.UtcTicks - Interlocked.Read(ref loadedAtTicks) < Reload.Ticks)
        {
            return;
        }

        foreach (var entry in await book.FindPlacesAsync(Scope, cancellationToken))
        {
            if (entry.Split(Separator, 2) is [var id, var name])
            {
                learned[id] = name;
            }
        }

        Interlocked.Exchange(ref loadedAtTicks, now.UtcTicks);
    }
}
