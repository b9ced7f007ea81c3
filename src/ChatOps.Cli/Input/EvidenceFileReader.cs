using ChatOps.Core.Evidence;

namespace ChatOps.Cli.Input;

/// <summary>Reads the evidence file given to <c>--evidence</c>; format errors name the file, line and column.</summary>
internal static class EvidenceFileReader
{
    // Evidence is pasted source text; anything near this size is a mistaken file, not evidence.
    private const long MaxBytes = 64L * 1024 * 1024;

    public static async Task<EvidenceSet> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var json = await InputFileReader.ReadAsync(path, "--evidence", MaxBytes, cancellationToken);
        return EvidenceJsonReader.Parse(json, path);
    }
}
