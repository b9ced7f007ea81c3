namespace ChatOps.Core.Evidence;

/// <summary>The sources a draft is checked against, addressable by id.</summary>
public sealed class EvidenceSet
{
    private readonly Dictionary<string, Source> byId;
    private object? derived;

    public EvidenceSet(IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = sources.ToArray();
        byId = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (!byId.TryAdd(source.Id, source))
            {
                throw new ArgumentException($"Duplicate source id '{source.Id}'.", nameof(sources));
            }
        }
    }

    /// <summary>An evidence set with no sources.</summary>
    public static EvidenceSet Empty { get; } = new([]);

    public IReadOnlyList<Source> Sources { get; }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source) =>
        byId.TryGetValue(id, out source);

    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>
    /// What a reader derives from these sources once and reuses on every later read (the checker's word indexes):
    /// the set never changes, and the same evidence is checked again and again (draft, repairs, cards). Thread-safe;
    /// the first reader's <paramref name="build"/> wins a race.
    /// </summary>
    internal T Derived<T>(Func<EvidenceSet, T> build)
        where T : class
    {
        if (Volatile.Read(ref derived) is T ready)
        {
            return ready;
        }

        var built = build(this);
        return Interlocked.CompareExchange(ref derived, built, null) as T ?? built;
    }
}
