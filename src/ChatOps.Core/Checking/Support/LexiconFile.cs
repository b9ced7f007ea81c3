using System.Reflection;

namespace ChatOps.Core.Checking.Support;

/// <summary>Reads one of the support rule's word tables embedded from Checking/Support/Lexicon.</summary>
internal static class LexiconFile
{
    /// <summary>The non-empty lines of the table with comments ('#' to the end of the line) removed, lower-cased.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        var resource = $"ChatOps.Core.Checking.Support.Lexicon.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"The support lexicon {name} is not embedded in ChatOps.Core.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim().ToLowerInvariant();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }

        return lines;
    }

    /// <summary>Every word of the table.</summary>
    public static IEnumerable<string> Words(string name) =>
        Lines(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
