namespace ChatOps.Core.Evidence;

/// <summary>Evidence (or a case file) that cannot be read; the message names the input and the fix.</summary>
public sealed class EvidenceFormatException : Exception
{
    public EvidenceFormatException()
    {
    }

    public EvidenceFormatException(string message)
        : base(message)
    {
    }

    public EvidenceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
