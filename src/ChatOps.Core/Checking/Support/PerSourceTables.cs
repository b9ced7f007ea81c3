namespace ChatOps.Core.Checking.Support;

/// <summary>
/// One table per cited source for the check at hand, indexed by the check's number for a distinct claim word; a few
/// tables are kept, cleared, for the next check, so that a check of a few sources allocates none.
/// </summary>
internal sealed class PerSourceTables<T>(int firstLength)
    where T : struct
{
    private const int MostSpare = 16;

    private readonly Dictionary<SourceTerms, T[]> tables = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<T[]> spare = new();

    /// <summary>Forgets the check's tables: the next check numbers its words afresh.</summary>
    public void Clear()
    {
        foreach (var table in tables.Values)
        {
            if (spare.Count < MostSpare)
            {
                Array.Clear(table);
                spare.Push(table);
            }
        }

        tables.Clear();
    }

    /// <summary>The table of <paramref name="source"/>, with room for at least <paramref name="length"/> words.</summary>
    public T[] Of(SourceTerms source, int length)
    {
        if (!tables.TryGetValue(source, out var table) || table.Length < length)
        {
            var grown = Math.Max(length, 2 * (table?.Length ?? firstLength));
            var larger = table is null && spare.TryPeek(out var kept) && kept.Length >= grown ? spare.Pop() : new T[grown];
            table?.CopyTo(larger, 0);
            table = larger;
            tables[source] = table;
        }

        return table;
    }
}
