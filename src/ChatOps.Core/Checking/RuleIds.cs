namespace ChatOps.Core.Checking;

/// <summary>The rule ids of the cite-first spec, as findings carry them.</summary>
public static class RuleIds
{
    public const string UncitedClaim = "uncited-claim";
    public const string UnknownSource = "unknown-source";
    public const string UnlabelledUnknown = "unlabelled-unknown";
    public const string TimelineMissingReference = "timeline-missing-reference";
    public const string UngroundedSpecific = "ungrounded-specific";
    public const string ForeignLink = "foreign-link";

    /// <summary>Every rule, in the order findings of one statement are reported.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UncitedClaim, UnknownSource, UnlabelledUnknown, TimelineMissingReference, UngroundedSpecific, ForeignLink,
    ];
}
