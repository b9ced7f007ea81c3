namespace ChatOps.Core.Drafting;

/// <summary>Something a reviewer should know about a draft that is not a checker finding (for example a source that tries to instruct the model).</summary>
/// <remarks>Phrase: the words that raised the flag, as they stand in the source (for an injection flag).</remarks>
public sealed record DraftFlag(string Kind, string? SourceId, string Detail, string? Phrase = null)
{
    /// <summary>Source text that reads as instructions to the model, a role marker, or hidden text.</summary>
    public const string PossibleInjection = "possible-injection";

    /// <summary>The default endpoint's repairs failed and escalation was skipped, with the reason in <see cref="Detail"/>.</summary>
    public const string EscalationSkipped = "escalation-skipped";

    /// <summary>The result was served from the draft cache.</summary>
    public const string Cached = "cached";
}
