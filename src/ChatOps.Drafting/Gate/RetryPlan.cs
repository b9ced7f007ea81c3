using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Gate;

/// <summary>Whether, and after what pause, a failed call is made again within the same draft.</summary>
internal static class RetryPlan
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>The pause before the next call, or null when the draft should stop here (not retryable, no retries left, or a longer wait than allowed).</summary>
    public static TimeSpan? Wait(ModelFailure failure, int retriesDone, int maxRetries, TimeSpan maxWait)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (!ModelFaults.RetryWithinDraft(failure.Fault) || retriesDone >= maxRetries)
        {
            return null;
        }

        // The endpoint's Retry-After wins; otherwise 0.5 s, 1 s, 2 s, … A wait past the limit is left to the request's own retry.
        var wait = failure.RetryAfter ?? (failure.Fault == ModelFault.EmptyReply ? TimeSpan.Zero : FirstBackoff * Math.Pow(2, retriesDone));
        return wait <= maxWait ? wait : null;
    }
}
