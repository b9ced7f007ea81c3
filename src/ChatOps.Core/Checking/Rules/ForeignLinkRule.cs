using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Rules;

/// <summary><c>foreign-link</c>: a URL that is not exactly the uri of a source.</summary>
internal static class ForeignLinkRule
{
    public static Finding? Apply(string draft, TextSpan span, int line, IReadOnlyList<TextSpan> urls, EvidenceIndex evidence)
    {
        var any = false;
        for (var i = 0; i < urls.Count && !any; i++)
        {
            any = !evidence.IsSourceUri(draft.AsSpan(urls[i].Start, urls[i].Length));
        }

        // Links to sources, the common case, cost no allocation.
        return any ? Report(draft, span, line, urls, evidence) : null;
    }

    // Apart from Apply, so that the lambdas' captured state is allocated only when there is something to report.
    private static Finding Report(string draft, TextSpan span, int line, IReadOnlyList<TextSpan> urls, EvidenceIndex evidence)
    {
        var foreign = urls.Select(u => draft[u.Start..u.End]).Where(u => !evidence.IsSourceUri(u)).Distinct().ToList();

        var listed = string.Join(", ", foreign);
        var message = foreign.Count == 1
            ? $"{listed} is not the uri of any source."
            : $"{listed} are not the uri of any source.";
        var near = evidence.Evidence.Sources
            .Where(s => s.Uri is not null && foreign.Any(f => SameHost(f, s.Uri)))
            .Select(s => $"{s.Uri} ({s.Id})")
            .ToList();
        var suggestion = near.Count > 0
            ? $"link only to sources, exactly as their uri is written: did you mean {string.Join(" or ", near)}?"
            : "remove the link, or add the page to the evidence as a source and cite it";
        return new Finding(RuleIds.ForeignLink, draft[span.Start..span.End], span.Start, span.End, line, message, suggestion);
    }

    private static bool SameHost(string url, string uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out var a)
        && Uri.TryCreate(uri, UriKind.Absolute, out var b)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase);
}
