namespace ChatOps.Cli.Input;

/// <summary>A command-line value or input file the user must fix; the message names it and the fix, on one line.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
