namespace ChatOps.Drafting.Gate;

/// <summary>Raised by the gate when a model call failed and no retry is left; the drafter turns it into the person's answer.</summary>
internal sealed class ModelCallFailedException : Exception
{
    public ModelCallFailedException()
    {
    }

    public ModelCallFailedException(string message)
        : base(message)
    {
    }

    public ModelCallFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ModelCallFailedException(ModelFailure failure, Exception? innerException)
        : base(failure?.Detail, innerException)
    {
        Failure = failure;
    }

    public ModelFailure? Failure { get; }
}
