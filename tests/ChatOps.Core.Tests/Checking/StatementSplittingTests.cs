using static ChatOps.Core.Tests.Checking.CheckerFixtures;

namespace ChatOps.Core.Tests.Checking;

public sealed class StatementSplittingTests
{
    [Fact]
    public void Abbreviations_DoNotEndSentences()
    {
        var texts = StatementTexts(
            "Errors rose in the U.S. and the E.U. regions, e.g. for approx. 40 stores, i.e. most of them [S1]. Refunds follow [S3].");

        Assert.Equal(
            ["Errors rose in the U.S. and the E.U. regions, e.g. for approx. 40 stores, i.e. most of them [S1].", "Refunds follow [S3]."],
            texts);
    }

    [Fact]
    public void DecimalsVersionsTimesUrlsAndDottedIds_DoNotEndSentences()
    {
        var texts = StatementTexts(
            "Version v2.3.1 of api.v2.example failed at 14:02 with 3.5% errors, see https://tickets.example/INC-2041 [S1]. It recovered [S2].");

        Assert.Equal(2, texts.Count);
        Assert.StartsWith("Version v2.3.1 of api.v2.example failed at 14:02", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CitationAfterFinalPeriod_BelongsToThatSentence()
    {
        var result = Check("The checkout API returned errors. [S1] Refunds are issued within 5 business days. [S3]");

        Assert.Equal(["The checkout API returned errors. [S1]", "Refunds are issued within 5 business days. [S3]"],
            result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CrLfDraft_KeepsOffsetsOnTheOriginalText()
    {
        const string draft = "# Update\r\n\r\nThe checkout API returned errors [S1].\r\nIt recovered [S2].\r\n\r\n- Refunds follow [S3].\r\n";

        var result = Check(draft);

        Assert.Equal(["The checkout API returned errors [S1].", "It recovered [S2].", "Refunds follow [S3]."],
            result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal(s.Text, draft[s.Start..s.End]));
        Assert.Equal([3, 4, 6], result.Statements.Select(s => s.Line));
    }

    [Fact]
    public void ZeroWidthAndNonBreakingCharacters_AreNotPartOfStatementEdges()
    {
        const string draft = "\u200BThe checkout\u00A0API returned\u200B errors [S1].\u00A0 It recovered [S2].\uFEFF";

        var result = Check(draft);

        Assert.Equal(["The checkout\u00A0API returned\u200B errors [S1].", "It recovered [S2]."], result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CurlyQuotes_AfterTheFinalPeriod_StayWithTheSentence()
    {
        var texts = StatementTexts("Dana wrote “rolled back the checkout deploy.” [S4] Refunds follow [S3].");

        Assert.Equal(["Dana wrote “rolled back the checkout deploy.” [S4]", "Refunds follow [S3]."], texts);
    }

    [Fact]
    public void NestedListItems_AreStatementsWithoutTheirMarkers()
    {
        const string draft = "- The checkout API returned errors [S1].\n  - Refunds follow [S3].\n    1. It recovered [S2]. Errors stopped [S2].\n2) Dana rolled back [S4].";

        var texts = StatementTexts(draft);

        Assert.Equal(
            ["The checkout API returned errors [S1].", "Refunds follow [S3].", "It recovered [S2].", "Errors stopped [S2].", "Dana rolled back [S4]."],
            texts);
    }

    [Fact]
    public void Tables_HeaderAndDelimiterRowsAreNotStatements_BodyRowsAre()
    {
        const string draft = "| Service | Errors | Source |\n|---|:---:|---|\n| checkout-api | 12% | [S2] |\n| Checkout API | 1,200 | [S1] |\n";

        var result = Check(draft);

        Assert.Equal(["| checkout-api | 12% | [S2] |", "| Checkout API | 1,200 | [S1] |"], result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void HeadingsAndFencedCode_AreNotStatements()
    {
        const string draft = "## Impact 14:02\n\n```\nThe cache probably failed at https://evil.example/x.\n```\n\nThe checkout API returned errors [S1].\n\nSummary\n=======\n";

        var result = Check(draft);

        Assert.Equal(["The checkout API returned errors [S1]."], result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void TaskListBoxes_AreNeitherCitationsNorStatementText()
    {
        var result = Check("- [ ] The checkout API returned errors [S1].\n- [x] Refunds follow [S3].");

        Assert.Equal(["The checkout API returned errors [S1].", "Refunds follow [S3]."], result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void SignOffAndSignature_OnConsecutiveLines_AreSeparateCourtesies()
    {
        var result = Check("Hi Dana,\n\nThe checkout API returned errors [S1].\n\nKind regards,\nThe Checkout Team");

        Assert.Equal(["Hi Dana,", "The checkout API returned errors [S1].", "Kind regards,", "The Checkout Team"],
            result.Statements.Select(s => s.Text));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void HardWrappedSentence_StaysOneStatement()
    {
        var texts = StatementTexts("The checkout API returned errors for the\ncustomers in the EU [S1].");

        Assert.Single(texts);
    }
}
