using ChatOps.Core.Checking.Support;

namespace ChatOps.Core.Checking.Rules;

/// <summary>
/// A cited claim read against its cited sources: what they do not say (null when they say it all, or when the claim
/// is not judged), the sentences that back it, and the closest one quoted when it is unsupported.
/// </summary>
internal sealed record StatementSupport(SupportGaps? Gaps, IReadOnlyList<SourceTerms> Cited, IReadOnlyList<SupportSpan> Spans, string? Closest);
