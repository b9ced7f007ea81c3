namespace ChatOps.Core.Evidence;

/// <summary>The wire names of <see cref="SourceKind"/> as the evidence format spells them.</summary>
public static class SourceKinds
{
    private static readonly (SourceKind Kind, string Name)[] Names =
    [
        (SourceKind.Ticket, "ticket"),
        (SourceKind.LogQuery, "log-query"),
        (SourceKind.Deploy, "deploy"),
        (SourceKind.Dashboard, "dashboard"),
        (SourceKind.Doc, "doc"),
        (SourceKind.ChatMessage, "chat-message"),
        (SourceKind.Statement, "statement"),
        (SourceKind.Web, "web"),
    ];

    /// <summary>Every wire name, in the order the spec lists them.</summary>
    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    public static string ToWireName(this SourceKind kind) => Names.First(n => n.Kind == kind).Name;

    public static bool TryParse(string? name, out SourceKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Kinds that can anchor a timeline item: a log query, a deploy or a ticket.</summary>
    public static bool AnchorsTimeline(this SourceKind kind) =>
        kind is SourceKind.LogQuery or SourceKind.Deploy or SourceKind.Ticket;
}
