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
}
