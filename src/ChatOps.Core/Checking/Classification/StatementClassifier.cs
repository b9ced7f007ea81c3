using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Signals;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Decides what a statement is: a claim that needs a citation, or one of the kinds that do not.</summary>
internal sealed partial class StatementClassifier
{
    private bool inSignature;

    /// <summary>Classifies one statement; statements are fed in draft order because a sign-off turns what follows into a signature.</summary>
    public StatementKind Classify(string plain, bool isTableRow)
    {
        if (SpeculationCues.HasUnknownLabel(plain))
        {
            return StatementKind.LabelledUnknown;
        }

        if (isTableRow)
        {
            return StatementKind.Claim;
        }

        var text = Decorations().Replace(plain, "").Trim();
        var wordCount = WordCount(text);
        if (IsQuestion(text))
        {
            return StatementKind.Question;
        }

        if (inSignature && wordCount <= 6 && !text.EndsWith('.'))
        {
            return StatementKind.Courtesy;
        }

        if (Classification.CourtesyPhrases.IsCourtesy(text, wordCount, out var isSignOff))
        {
            inSignature |= isSignOff;
            return StatementKind.Courtesy;
        }

        // "Status page: <link>" with the link taken out leaves only its label: a pointer, not a claim.
        if (HeadingLike.Is(text))
        {
            return StatementKind.Instruction;
        }

        var body = TimelinePrefix().Replace(text, "");
        var label = Label().Match(body);
        if (label.Success && WordCount(label.Groups["label"].Value) <= 5)
        {
            body = label.Groups["body"].Value;
        }

        // "Please note that X" and "Note that X" carry the claim X; the politeness does not cite it.
        var embedded = EmbeddedClaim().Match(body);
        if (embedded.Success)
        {
            body = embedded.Groups["body"].Value;
        }
        else if (Instructions.IsInstruction(body))
        {
            return StatementKind.Instruction;
        }

        var words = PlainWords.Of(body);
        if (AuthorCommitments.IsCommitment(words) || NextUpdate().IsMatch(body))
        {
            return StatementKind.Commitment;
        }

        return StatementKind.Claim;
    }

    private static bool IsQuestion(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or ')' or '*' or '_'))
        {
            end--;
        }

        return end > 0 && text[end - 1] == '?';
    }

    private static int WordCount(string text) => WordRegex().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordRegex();

    // Emphasis, quote and bullet characters say nothing about what a statement is.
    [GeneratedRegex(@"^[\s*_>""'\u2022\u2014\u2013-]+|\*+")]
    private static partial Regex Decorations();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?)(\s?(UTC|GMT|Z|[A-Z]{2,4}))?\s*[\u2014\u2013:-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TimelinePrefix();

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}' /&()-]{0,40}):\s+(?<body>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^((please|kindly)\s+)?(note|be aware|be advised|keep in mind|remember|bear in mind)\s+that\s+(?<body>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedClaim();

    [GeneratedRegex(@"^(the\s)?next (update|status update|post|report|check-in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextUpdate();
}
