using System.Text;

namespace ChatOps.Cli.Input;

/// <summary>Reads the draft given to <c>--draft</c> (a file, or <c>-</c> for standard input) and refuses empty or oversized drafts.</summary>
internal static class DraftReader
{
    /// <summary>The largest draft accepted, in bytes: 1 MiB.</summary>
    public const long MaxBytes = 1_048_576;

    public const string StandardInputName = "-";

    public static async Task<DraftInput> ReadAsync(string path, TextReader standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standardInput);
        var fromStdin = path == StandardInputName;
        var origin = fromStdin ? "<stdin>" : path;
        var text = fromStdin
            ? await ReadBoundedAsync(standardInput, origin, cancellationToken)
            : await InputFileReader.ReadAsync(path, "--draft", MaxBytes, cancellationToken);

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliInputException(fromStdin
                ? $"{origin}: the draft is empty; pipe the draft's Markdown text to standard input."
                : $"{origin}: the draft is empty; write the draft's Markdown text in the file.");
        }

        return new DraftInput(origin, text);
    }

    // Standard input has no length to check up front, so stop reading as soon as the limit is passed.
    private static async Task<string> ReadBoundedAsync(TextReader reader, string origin, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        long bytes = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            bytes += Encoding.UTF8.GetByteCount(buffer.AsSpan(0, read));
            if (bytes > MaxBytes)
            {
                throw InputFileReader.TooLarge(origin, null, MaxBytes);
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
