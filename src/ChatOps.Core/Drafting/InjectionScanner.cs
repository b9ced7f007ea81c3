using System.Text.RegularExpressions;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Drafting;

/// <summary>Flags source text that tries to instruct the model: instructions aimed at an AI, role markers, hidden text.</summary>
public static partial class InjectionScanner
{
    /// <summary>One flag per source that reads as an injection attempt, naming the source and the phrase.</summary>
    public static IReadOnlyList<DraftFlag> Scan(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var flags = new List<DraftFlag>();
        foreach (var source in evidence.Sources)
        {
            if (Find(source.Text) is { } hit)
            {
                flags.Add(new DraftFlag(DraftFlag.PossibleInjection, source.Id, $"Source '{source.Id}' {hit.Reason}; it was treated as data.", hit.Phrase));
            }
        }

        return flags;
    }

    /// <summary>Why <paramref name="text"/> reads as an injection attempt and the phrase that shows it, or null when it does not.</summary>
    public static (string Reason, string Phrase)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Instruction().Match(text) is { Success: true } instruction)
        {
            var phrase = Excerpt(instruction.Value);
            return ($"holds instructions aimed at a model (\"{phrase}\")", phrase);
        }

        if (RoleMarker().Match(text) is { Success: true } role)
        {
            var phrase = Excerpt(role.Value);
            return ($"holds a chat role marker (\"{phrase}\")", phrase);
        }

        return HiddenText().Match(text) is { Success: true } hidden
            ? ("holds hidden text (zero-width, bidi-override, tag characters or an HTML comment)", Visible(hidden.Value))
            : null;
    }

    private static string Excerpt(string value) => value.Length <= 80 ? value.Trim() : value[..80].Trim() + "…";

    // The hidden characters themselves would be invisible on a card; name them instead.
    private static string Visible(string value) => value == "<!--" ? "<!--" : string.Concat(value.Select(c => $"U+{(int)c:X4}"));

    [GeneratedRegex(@"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(instructions?|prompts?|rules|messages?|guidelines)\b|\b(note|message|instructions?)\s+(for|to)\s+(any|all|the)?\s*(ai|llm|model|assistant|language model|chatbot)s?\b|\b(ai|llm|language)\s+models?\s+(reading|processing|summari[sz]ing)\b|\byou are now\b|\b(system|developer) prompt\b|\brespond (only )?(that|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"(^|\n)\s*(system|assistant|developer)\s*:|<\|im_(start|end)\|>|</?message\b|\[/?INST\]|<</?SYS>>|###\s*(system|instruction)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleMarker();

    [GeneratedRegex(@"[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]|\uDB40[\uDC00-\uDC7F]|<!--", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenText();
}
