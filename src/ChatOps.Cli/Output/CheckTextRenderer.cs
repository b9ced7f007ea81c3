using System.Globalization;
using System.Text;
using ChatOps.Core.Checking;

namespace ChatOps.Cli.Output;

/// <summary>Renders a check result for people: each finding with its draft line, the offending span underlined, and a summary.</summary>
internal static class CheckTextRenderer
{
    public static string Render(CheckResult result, string draft, string origin, AnsiPalette palette)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(palette);

        var text = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            AppendFinding(text, finding, draft, origin, palette);
        }

        text.AppendLine(Summary(result, palette));
        return text.ToString();
    }

    private static void AppendFinding(StringBuilder text, Finding finding, string draft, string origin, AnsiPalette palette)
    {
        var invariant = CultureInfo.InvariantCulture;
        text.Append(invariant, $"{origin}:{finding.Line}: {palette.Bold(palette.Red(finding.Rule))}: {finding.Message}").AppendLine();
        var lines = SpanUnderliner.Underline(draft, finding.Start, finding.End);
        var gutterWidth = lines.Max(l => l.LineNumber).ToString(invariant).Length;
        foreach (var line in lines)
        {
            var number = line.LineNumber.ToString(invariant).PadLeft(gutterWidth);
            text.Append(invariant, $"  {palette.Dim(number + " |")} {line.Text}").AppendLine();
            text.Append(invariant, $"  {palette.Dim(new string(' ', gutterWidth) + " |")} {palette.Red(line.Marker)}").AppendLine();
        }

        if (finding.Suggestion.Length > 0)
        {
            text.Append(invariant, $"  {palette.Yellow("fix:")} {finding.Suggestion}").AppendLine();
        }

        text.AppendLine();
    }

    private static string Summary(CheckResult result, AnsiPalette palette)
    {
        var statements = Plural(result.Statements.Count, "statement");
        if (result.IsAccepted)
        {
            return $"{palette.Bold(palette.Green("accepted"))}: {statements} checked, no findings.";
        }

        var offending = result.Findings.Select(f => (f.Start, f.End)).Distinct().Count();
        return $"{palette.Bold(palette.Red("rejected"))}: {Plural(result.Findings.Count, "finding")} in "
            + $"{offending} of {statements} checked.";
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
