using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// A "label: value" field of a source ("Year 9: 23", "SendAs: none"): logs and tickets state figures and settings this
/// way, and a claim can compare two labelled figures or affirm what a field denies.
/// </summary>
internal sealed partial record LabelledField(string Label, string Value, double? Figure)
{
    private const int MostLabelWords = 4;

    /// <summary>The label's words, split at capitals inside a word ("SendAs" is "send" "as"), at hyphens and underscores; lower-cased.</summary>
    public string[] LabelWords { get; } = LabelParts(Label);

    /// <summary>The value, lower-cased.</summary>
    public string ValueLower { get; } = Value.ToLowerInvariant();

    /// <summary>The fields of a source's text: pieces between ';', ',', brackets, line and sentence ends that read "label: value".</summary>
    public static LabelledField[] Read(string text)
    {
        List<LabelledField>? fields = null;
        foreach (var piece in Pieces().Split(text))
        {
            var match = Field().Match(piece);
            if (!match.Success)
            {
                continue;
            }

            var label = match.Groups["label"].Value.Trim();
            if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MostLabelWords)
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim();
            double? figure = double.TryParse(value.TrimEnd('%').Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : null;
            (fields ??= []).Add(new LabelledField(label, value, figure));
        }

        return fields is null ? [] : [.. fields];
    }

    private static string[] LabelParts(string label)
    {
        var spaced = CamelHump().Replace(label, " ");
        return spaced.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToArray();
    }

    [GeneratedRegex(@"[;,()\n]|(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Pieces();

    // A label of words (letters first, digits allowed: "Year 10", "flash 4 MB"), then ':' or '=', then one figure or one word.
    [GeneratedRegex(@"^\s*(?<label>[A-Za-z][\w\-. ]*?)\s*[:=]\s*(?<value>\d[\d,]*(?:\.\d+)?%?|[A-Za-z/]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelHump();
}
