using ChatOps.Core.Checking.Rules;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking;

/// <summary>
/// The citation ids and support-rule terms of each distinct set of cited sources, made once per check: a draft cites
/// the same few sets over and over, and a 10,000-statement result that shares them keeps fewer objects alive (each one
/// the garbage collector copies while the check runs). The arrays are never written after they are made.
/// </summary>
internal sealed class CitedSets(EvidenceIndex index)
{
    // A draft with more distinct sets than this gets its own arrays for the rest: the look-up is a linear scan.
    private const int MostSets = 32;

    private readonly List<Entry> entries = [];

    /// <summary>The ids of <paramref name="cited"/>, in order.</summary>
    public string[] Ids(List<Source> cited) => cited.Count == 0 ? [] : Find(cited).Ids;

    /// <summary>The support-rule terms of <paramref name="cited"/>, in order; <paramref name="cited"/> is not empty.</summary>
    public SourceTerms[] Terms(List<Source> cited)
    {
        var entry = Find(cited);
        if (entry.Terms is null)
        {
            var terms = new SourceTerms[cited.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = index.Terms(cited[i]);
            }

            entry.Terms = terms;
        }

        return entry.Terms;
    }

    private Entry Find(List<Source> cited)
    {
        foreach (var entry in entries)
        {
            if (entry.Holds(cited))
            {
                return entry;
            }
        }

        var made = new Entry(cited.ToArray());
        if (entries.Count < MostSets)
        {
            entries.Add(made);
        }

        return made;
    }

    private sealed class Entry
    {
        public Entry(Source[] sources)
        {
            Sources = sources;
            Ids = new string[sources.Length];
            for (var i = 0; i < sources.Length; i++)
            {
                Ids[i] = sources[i].Id;
            }
        }

        public Source[] Sources { get; }

        public string[] Ids { get; }

        public SourceTerms[]? Terms { get; set; }

        public bool Holds(List<Source> cited)
        {
            if (cited.Count != Sources.Length)
            {
                return false;
            }

            for (var i = 0; i < Sources.Length; i++)
            {
                if (!ReferenceEquals(cited[i], Sources[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
