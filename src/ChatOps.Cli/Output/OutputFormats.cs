using ChatOps.Cli.Input;

namespace ChatOps.Cli.Output;

/// <summary>Parses the <c>--format</c> value every command shares.</summary>
internal static class OutputFormats
{
    public const string Text = "text";
    public const string Json = "json";

    public static OutputFormat Parse(string? value) => value switch
    {
        null or Text => OutputFormat.Text,
        Json => OutputFormat.Json,
        _ => throw new CliInputException($"--format \"{value}\" is not a format; use {Text} or {Json}."),
    };
}
