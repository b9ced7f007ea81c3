namespace ChatOps.Cli.Output;

/// <summary>How a command prints its result: for people or for programs.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
