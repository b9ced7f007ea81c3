namespace ChatOps.Core.Drafting;

/// <summary>A draft that could not be made; <see cref="Kind"/> says why and the message says what to do.</summary>
public sealed class DraftingException : Exception
{
    public DraftingException()
    {
    }

    public DraftingException(string message)
        : base(message)
    {
    }

    public DraftingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DraftingException(DraftingErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public DraftingErrorKind Kind { get; }

    /// <summary>For <see cref="DraftingErrorKind.EndpointFailed"/>: how the last call failed.</summary>
    public ModelFault? Fault { get; init; }

    /// <summary>When the whole request is worth running again, and not before when: the endpoint's Retry-After or a pause.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The model calls made before the failure (with their cost), to be recorded; empty when nothing was sent.</summary>
    public IReadOnlyList<ModelCall> Calls { get; init; } = [];
}
