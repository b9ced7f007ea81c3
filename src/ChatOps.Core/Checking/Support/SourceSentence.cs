namespace ChatOps.Core.Checking.Support;

/// <summary>One sentence or clause of a source: its span in the source's text, its stems, and whether it negates.</summary>
internal sealed class SourceSentence(int start, int end, HashSet<string> stems, bool negates, bool fails, bool pending, bool continues, bool unchanged)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stems { get; } = stems.GetAlternateLookup<ReadOnlySpan<char>>();

    private SupportSpan? span;

    /// <summary>Says no, none, zero, missing, unaffected or healthy: it can support a negative claim about its own words.</summary>
    public bool Negates { get; } = negates;

    /// <summary>
    /// Negates with a negation, a zero or a negating prefix, not only by saying something is missing or fine: "Missing
    /// miles can be claimed" says the miles are missing, nothing about what does not happen to them.
    /// </summary>
    public bool NegatesOutright { get; init; }

    /// <summary>Says something is planned, pending or in progress: what it mentions is not reported as done.</summary>
    public bool Pending { get; } = pending;

    /// <summary>Says a state carries on (unchanged, remains, until): it can support "stays" or "will still" about its own words.</summary>
    public bool Continues { get; } = continues;

    /// <summary>Says what it mentions is unchanged, kept or remains: no direction word about it is supported.</summary>
    public bool Unchanged { get; } = unchanged;

    /// <summary>Says something failed, was missed or stopped: it can support "could not" about its own words.</summary>
    public bool Fails { get; } = fails;

    /// <summary>The sentence as a support span of its source, made once and shared by every claim it backs.</summary>
    public SupportSpan SpanOf(ChatOps.Core.Evidence.Source source) =>
        span ??= new SupportSpan(source.Id, Start, End, source.Text[Start..End]);
}
