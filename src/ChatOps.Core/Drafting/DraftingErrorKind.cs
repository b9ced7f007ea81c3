namespace ChatOps.Core.Drafting;

/// <summary>Why a draft could not be made at all.</summary>
public enum DraftingErrorKind
{
    /// <summary>The request itself is wrong (unknown workflow, empty evidence).</summary>
    InvalidRequest,

    /// <summary>The workflow's policy does not allow the endpoint the draft would go to; nothing was sent.</summary>
    EndpointNotAllowed,

    /// <summary>A source is more sensitive than the endpoint may receive; nothing was sent.</summary>
    ClearanceExceeded,

    /// <summary>The workflow's daily budget is spent; nothing was sent.</summary>
    BudgetExhausted,

    /// <summary>The model endpoint failed (after any retries), timed out, or answered something unreadable.</summary>
    EndpointFailed,
}
