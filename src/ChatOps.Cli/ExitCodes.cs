namespace ChatOps.Cli;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    /// <summary>The draft is accepted, or the evaluation met every threshold.</summary>
    public const int Success = 0;

    /// <summary>The draft is rejected, or the evaluation fell below a threshold.</summary>
    public const int Failure = 1;

    /// <summary>The command line or an input file is wrong; stderr says which and how to fix it.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in chatops itself (sysexits EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted by the user (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
