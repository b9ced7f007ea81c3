namespace ChatOps.Cli;

/// <summary>Writes the single <c>chatops: …</c> line the tool prints for a failure.</summary>
internal static class ErrorLine
{
    public static Task WriteAsync(CliConsole console, string message)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(message);

        // Messages quote file text and OS errors; a stray newline would break the one-line promise.
        return console.Error.WriteLineAsync($"chatops: {message.ReplaceLineEndings(" ").Trim()}");
    }
}
