using ChatOps.Core.Checking.Rules;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// The support spans and supported readings a check has already made, handed out again when a claim cites the same
/// sources and is backed by the same sentences: a draft repeats its claims, and each object a 10,000-statement result
/// keeps is one more the garbage collector copies while the check runs. What it hands out is never written to.
/// </summary>
internal sealed class SharedReads
{
    // The look-ups are linear scans; past this many distinct entries, new ones are made and not kept.
    private const int MostEntries = 64;

    private readonly List<(SourceTerms[] Cited, (int Source, int Sentence)[] Picked, SupportSpan[] Spans)> spans = [];
    private readonly List<StatementSupport> supported = [];

    /// <summary>Forgets the check's readings (the results keep theirs).</summary>
    public void Clear()
    {
        spans.Clear();
        supported.Clear();
    }

    /// <summary>The spans of the picked sentences of <paramref name="cited"/>, in order.</summary>
    public SupportSpan[] Spans(SourceTerms[] cited, ReadOnlySpan<(int Source, int Sentence)> picked)
    {
        foreach (var entry in spans)
        {
            if (ReferenceEquals(entry.Cited, cited) && picked.SequenceEqual(entry.Picked))
            {
                return entry.Spans;
            }
        }

        var made = new SupportSpan[picked.Length];
        for (var k = 0; k < picked.Length; k++)
        {
            var source = cited[picked[k].Source];
            made[k] = source.Sentences[picked[k].Sentence].SpanOf(source.Source);
        }

        if (spans.Count < MostEntries)
        {
            spans.Add((cited, picked.ToArray(), made));
        }

        return made;
    }

    /// <summary>A reading of a claim its sources support, which says no more than its cited sources and spans.</summary>
    public StatementSupport Supported(SourceTerms[] cited, SupportSpan[] backing)
    {
        foreach (var entry in supported)
        {
            if (ReferenceEquals(entry.Cited, cited) && ReferenceEquals(entry.Spans, backing))
            {
                return entry;
            }
        }

        var made = new StatementSupport(null, cited, backing, null);
        if (supported.Count < MostEntries)
        {
            supported.Add(made);
        }

        return made;
    }
}
