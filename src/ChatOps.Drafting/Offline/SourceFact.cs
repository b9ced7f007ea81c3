using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Offline;

/// <summary>One sentence or clause taken from a source, with the sources a line stating it must cite.</summary>
internal sealed record SourceFact(string SourceId, SourceKind Kind, string Text, int Order, IReadOnlyList<string> Citations)
{
    public IReadOnlyList<string> TimeTokens { get; } = SpecCues.TimeTokens(Text);

    public bool HasCue { get; } = SpecCues.HasCue(Text);

    /// <summary>A question someone asked in a ticket or message, quoted rather than stated.</summary>
    public bool Asked { get; init; }

    /// <summary>The draft line for this fact: cues turn it into a labelled unknown, still citing where it comes from.</summary>
    public string ToLine()
    {
        var markers = string.Concat(Citations.Select(id => $"[{id}]"));
        var line = Asked ? $"The {Noun()} asks {markers}: “{Text}”" : $"{Text} {markers}.";
        return (HasCue ? "UNKNOWN: " : "") + line;
    }

    private string Noun() => Kind switch
    {
        SourceKind.Ticket => "ticket",
        SourceKind.Statement => "statement",
        _ => "message",
    };
}
