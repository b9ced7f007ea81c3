namespace ChatOps.Drafting.Offline;

/// <summary>One line of an offline draft, remembering which fact and question it came from so the pruner can fix it.</summary>
internal sealed record DraftLine(string Text, Question? Question = null, SourceFact? Fact = null)
{
    public static DraftLine Blank { get; } = new("");

    /// <summary>A fact line that states the fact outright (not relabelled as unknown).</summary>
    public bool States => Fact is not null && !Text.StartsWith("- UNKNOWN:", StringComparison.Ordinal);

    public static DraftLine ForFact(SourceFact fact, Question? question) => new("- " + fact.ToLine(), question, fact);

    public static DraftLine ForUnknown(Question question) => new($"- UNKNOWN: {question.Unknown}.", question);
}
