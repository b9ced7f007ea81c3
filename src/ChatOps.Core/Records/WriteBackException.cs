namespace ChatOps.Core.Records;

/// <summary>A write-back that failed; <see cref="IsTransient"/> says whether trying again later may succeed.</summary>
public sealed class WriteBackException : Exception
{
    public WriteBackException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    public WriteBackException()
        : this("The write-back failed.", isTransient: true)
    {
    }

    public WriteBackException(string message)
        : this(message, isTransient: true)
    {
    }

    public WriteBackException(string message, Exception innerException)
        : this(message, isTransient: true, innerException)
    {
    }

    public bool IsTransient { get; }
}
