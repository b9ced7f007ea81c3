namespace ChatOps.Policy.Yaml;

/// <summary>Thrown when a policy file does not load; <see cref="Errors"/> lists every problem found, each with its line.</summary>
public sealed class PolicyLoadException : Exception
{
    public PolicyLoadException(IReadOnlyList<PolicyError> errors)
        : base(string.Join(Environment.NewLine, (errors ?? []).Select(e => e.ToString())))
    {
        Errors = errors ?? [];
    }

    public PolicyLoadException()
        : this([])
    {
    }

    public PolicyLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    public PolicyLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<PolicyError> Errors { get; }
}
