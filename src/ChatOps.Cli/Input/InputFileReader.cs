using System.Globalization;

namespace ChatOps.Cli.Input;

/// <summary>Reads a text file named on the command line, turning the usual I/O failures into fixable one-line errors.</summary>
internal static class InputFileReader
{
    /// <summary>Reads <paramref name="path"/>, refusing files larger than <paramref name="maxBytes"/> before reading them.</summary>
    public static async Task<string> ReadAsync(string path, string optionName, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new CliInputException(Directory.Exists(path)
                    ? $"{path}: is a directory, not a file; pass a file to {optionName}."
                    : $"{path}: file not found; check the path given to {optionName}.");
            }

            if (file.Length > maxBytes)
            {
                throw TooLarge(path, file.Length, maxBytes);
            }

            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: cannot be read ({ex.Message}); check the path and the file's permissions.", ex);
        }
    }

    /// <summary>The error for an input over its size limit; <paramref name="bytes"/> is null when reading stopped early.</summary>
    public static CliInputException TooLarge(string origin, long? bytes, long maxBytes) =>
        new(bytes is { } size
            ? string.Create(CultureInfo.InvariantCulture,
                $"{origin}: is {size:N0} bytes, over the {maxBytes:N0}-byte limit; split it into smaller inputs.")
            : string.Create(CultureInfo.InvariantCulture,
                $"{origin}: is over the {maxBytes:N0}-byte limit; split it into smaller inputs."));
}
