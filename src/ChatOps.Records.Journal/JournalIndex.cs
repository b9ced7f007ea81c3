using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Records.Journal;

/// <summary>The markers found in one journal file and where each entry starts, kept up to date by reading only what was appended since.</summary>
internal sealed partial class JournalIndex
{
    private long indexedLength;

    public Dictionary<string, long> Offsets { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads whatever other writers appended since the last look.</summary>
    public void CatchUp(FileStream file)
    {
        if (file.Length == indexedLength)
        {
            return;
        }

        file.Seek(indexedLength, SeekOrigin.Begin);
        var buffer = new byte[file.Length - indexedLength];
        file.ReadExactly(buffer);
        var text = Encoding.UTF8.GetString(buffer);
        foreach (Match match in Marker().Matches(text))
        {
            Offsets.TryAdd(match.Groups[1].Value, indexedLength + Encoding.UTF8.GetByteCount(text.AsSpan(0, match.Index)));
        }

        indexedLength = file.Length;
    }

    public void Record(string marker, long offset, long length)
    {
        Offsets[marker] = offset;
        indexedLength = length;
    }

    [GeneratedRegex("<!-- (chatops:[^ ]+) -->")]
    private static partial Regex Marker();
}
