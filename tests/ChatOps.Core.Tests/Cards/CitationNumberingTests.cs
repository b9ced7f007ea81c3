using ChatOps.Core.Cards.Building;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Cards;

public sealed class CitationNumberingTests
{
    private static readonly EvidenceSet Evidence = new(
    [
        new Source("S1", SourceKind.Ticket, "INC-2041", "https://tickets.example/INC-2041", "Checkout errors."),
        new Source("LOG-7", SourceKind.LogQuery, "", null, new string('x', 500)),
    ]);

    [Fact]
    public void Markers_AreNumberedInOrderOfFirstUse_AndUnknownIdsStayVisible()
    {
        var draft = CitationNumbering.Number("Errors [LOG-7]. Ticket [S1, LOG-7]. Other [S9]. Link [S1](https://x.example).", Evidence);

        Assert.Equal("Errors [1]. Ticket [2][1]. Other [S9]. Link [S1](https://x.example).", draft.Text);
        Assert.Equal(["LOG-7", "S1"], draft.Citations.Select(c => c.SourceId));
        Assert.Equal("log-query", draft.Citations[0].Kind);
        Assert.Equal("LOG-7", draft.Citations[0].Title);
        Assert.Equal(240, draft.Citations[0].Abstract.Length);
        Assert.Equal("https://tickets.example/INC-2041", draft.Citations[1].Uri);
    }

    [Fact]
    public void Offsets_MapEveryStatementToTheSameTextInTheNumberedDraft()
    {
        const string text = "Errors rose [LOG-7]. The ticket says so [S1, LOG-7]. Nothing else.";
        var draft = CitationNumbering.Number(text, Evidence, null, out var offsets);

        foreach (var statement in new[] { "Errors rose [LOG-7].", "The ticket says so [S1, LOG-7].", "Nothing else." })
        {
            var start = text.IndexOf(statement, StringComparison.Ordinal);
            var numbered = draft.Text[offsets(start)..offsets(start + statement.Length)];
            Assert.Equal(statement.Replace("[LOG-7]", "[1]", StringComparison.Ordinal).Replace("[S1, LOG-7]", "[2][1]", StringComparison.Ordinal), numbered);
        }
    }
}
