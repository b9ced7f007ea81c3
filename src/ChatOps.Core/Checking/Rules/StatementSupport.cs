using ChatOps.Core.Checking.Support;

namespace ChatOps.Core.Checking.Rules;

/// <summary>A cited claim read against its cited sources: what they do not say, and the words to find its support by.</summary>
internal sealed record StatementSupport(SupportGaps Gaps, IReadOnlyList<SourceTerms> Cited, IReadOnlyList<string> ClaimStems);
