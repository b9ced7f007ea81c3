using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Gate;

/// <summary>How one model call failed: the fault, what the endpoint said, how long it asked us to wait, and any tokens it billed.</summary>
internal sealed record ModelFailure(ModelFault Fault, string Detail, TimeSpan? RetryAfter = null, DraftUsage? Usage = null);
