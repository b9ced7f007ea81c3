namespace ChatOps.Core.Drafting;

/// <summary>How a model call failed; <see cref="ModelFaults"/> says which are worth trying again.</summary>
public enum ModelFault
{
    /// <summary>HTTP 429: the endpoint's rate limit (with or without Retry-After).</summary>
    RateLimited,

    /// <summary>HTTP 5xx or 408: the endpoint is down or overloaded.</summary>
    Unavailable,

    /// <summary>No answer within the endpoint's timeout.</summary>
    TimedOut,

    /// <summary>No connection (refused, DNS, TLS).</summary>
    Unreachable,

    /// <summary>An answer that is not a chat completion.</summary>
    Malformed,

    /// <summary>The provider's content filter refused the prompt or stopped the reply.</summary>
    ContentFiltered,

    /// <summary>A well-formed answer with no text.</summary>
    EmptyReply,

    /// <summary>Any other 4xx: the key, the model name or the address is wrong; trying again will not help.</summary>
    Refused,
}
