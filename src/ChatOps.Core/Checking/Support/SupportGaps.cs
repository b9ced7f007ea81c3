namespace ChatOps.Core.Checking.Support;

/// <summary>What an unsupported claim says that the sources it cites do not, sorted by kind.</summary>
internal sealed class SupportGaps
{
    /// <summary>Share of a claim's content words that may be missing before the claim reads as about something else.</summary>
    public const double MissingShare = 0.65;

    /// <summary>Missing content words needed before the share counts at all.</summary>
    public const int MinMissing = 3;

    /// <summary>Missing words after a cause opener ("because …") that make an invented cause.</summary>
    public const int MinCauseWords = 2;

    /// <summary>
    /// Missing words after an inference opener (", so …") that make an invented inference: a conclusion restates the
    /// facts before it in new words more often than a stated cause does, so it takes one word more.
    /// </summary>
    public const int MinInferenceWords = MinCauseWords + 1;

    /// <summary>Names, acronyms and places no cited source gives ("DNS", "Hollins Civil").</summary>
    public List<string> Names { get; } = [];

    /// <summary>Teams, vendors and other organisations named by words no cited source holds ("finance team").</summary>
    public List<string> Organisations { get; } = [];

    /// <summary>Who a claim says asks or reports, in words no cited source names them with ("Finance asks").</summary>
    public List<string> Requesters { get; } = [];

    /// <summary>Scope, negation, direction and status words no cited source states.</summary>
    public List<(string Word, SignalClass Class)> Signals { get; } = [];

    /// <summary>Outcomes no cited source reports ("approved", "expired").</summary>
    public List<string> Outcomes { get; } = [];

    /// <summary>Outcomes only a policy document states, so nothing says they happened ("refunded" from "can request a refund").</summary>
    public List<string> PolicyOutcomes { get; } = [];

    /// <summary>Outcomes the cited sources mention only as planned, pending or in progress ("shipped" from "shipping plan not agreed yet").</summary>
    public List<string> PendingOutcomes { get; } = [];

    /// <summary>What the claim states as settled that the cited sources give only as planned, pending or expected ("port authority fine").</summary>
    public List<string> ExpectedOnly { get; } = [];

    /// <summary>A group the claim speaks of in general that the cited sources name only with a restriction ("Business accounts").</summary>
    public List<string> Widened { get; } = [];

    /// <summary>Words of a stated cause no cited source holds.</summary>
    public List<string> CauseWords { get; } = [];

    /// <summary>Content words no cited source holds.</summary>
    public List<string> Missing { get; } = [];

    /// <summary>Whole sentences saying where a cited source's own figures, fields or scope say otherwise than the claim.</summary>
    public List<string> Contradicted { get; } = [];

    /// <summary>How many content words the claim has.</summary>
    public int ContentWords { get; set; }

    /// <summary>Most content words are missing: the citation reads as pointing at a source about something else.</summary>
    public bool ReadsAsElsewhere => Missing.Count >= MinMissing && Missing.Count >= MissingShare * ContentWords;
}
