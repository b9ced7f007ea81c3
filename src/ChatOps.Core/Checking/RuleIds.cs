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
    public const string UnsupportedClaim = "unsupported-claim";

    /// <summary>The rules of spec v1, before <see cref="UnsupportedClaim"/>: what a set labelled under v1 can be scored on.</summary>
    public static IReadOnlyList<string> V1 { get; } =
    [
        UncitedClaim, UnknownSource, UnlabelledUnknown, TimelineMissingReference, UngroundedSpecific, ForeignLink,
    ];

    /// <summary>The rules of a spec version ("v1" or "v2"), or null for a version there is none of.</summary>
    public static IReadOnlyList<string>? OfSpec(string version) => version switch
    {
        "v1" => V1,
        "v2" => All,
        _ => null,
    };

    /// <summary>Every rule, in the order findings of one statement are reported.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UncitedClaim, UnknownSource, UnlabelledUnknown, TimelineMissingReference, UngroundedSpecific, ForeignLink, UnsupportedClaim,
    ];
}
