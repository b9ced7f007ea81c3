using System.Text.Json;
using System.Text.RegularExpressions;
using ChatOps.Core.Cards;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private readonly BlockKitRenderer _renderer = new();

    [Fact]
    public void Render_LongDraft_IsSplitAcrossSections_KeepingEveryWord()
    {
        // Arrange
        var card = CardSamples.All().Single(s => s.Name == "draft-long").Card;

        // Act
        var message = _renderer.Render(card);

        // Assert
        var sections = DraftSections(message);
        Assert.True(sections.Count > 1, "a 1,500-word draft needs more than one section");
        var shown = Regex.Replace(string.Join(' ', sections), @"<https?://[^|>]+\|(\[\d+\])>", "$1");
        Assert.Equal(Words(card.Draft!.Text), Words(shown));
        Assert.DoesNotContain(message.Blocks, b => b.BlockId == "draft-more");
    }

    [Fact]
    public void Render_HugeDraft_IsCutWithALinkToTheFullText_AndKeepsItsButtons()
    {
        var card = CardSamples.All().Single(s => s.Name == "draft-huge").Card;

        var message = _renderer.Render(card, CardSamples.FullText);

        Assert.Equal(BlockKitLimits.MessageBlocks, message.Blocks.Count);
        var note = Assert.IsType<ContextBlock>(Assert.Single(message.Blocks, b => b.BlockId == "draft-more"));
        Assert.Contains($"<{CardSamples.FullText.AbsoluteUri}|Open the full text>", note.Elements[0].Text, StringComparison.Ordinal);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.Contains(message.Blocks, b => b.BlockId == "facts-0");
    }

    [Fact]
    public void Render_Citations_AreLinkedToTheirSources_AndListedByNumber()
    {
        var message = _renderer.Render(CardSamples.ApprovalRequest());

        var draft = DraftSections(message).Single();
        Assert.Contains("<https://example.slack.com/archives/C0123456789/p1790000000001?thread_ts=1790000000.000100&cid=C0123456789|[1]>", draft, StringComparison.Ordinal);
        var sources = Text(message.Blocks.Single(b => b.BlockId == "sources-0"));
        Assert.Matches(@"^\*Sources\*\n\*\[1\]\* <https://[^|]+\|Source 1: [^>]+> · _chat-message_ — ", sources);
        Assert.Contains("*[3]* <https://example.slack.com/archives/C0123456789/p1790000000003", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_IsEscaped_AndUnsafeLinksAreNotLinked()
    {
        var card = CardSamples.All().Single(s => s.Name == "draft-hostile").Card;

        var json = JsonSerializer.Serialize(_renderer.Render(card), SlackJsonContext.Default.SlackMessage);

        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", json, StringComparison.Ordinal);
        Assert.Contains("\\u0026lt;!channel\\u0026gt;", json, StringComparison.Ordinal);
        Assert.Contains("https://tickets.example.com/INC-7?a=1\\u0026b=%3C2%3E%7Cx|[2]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ApprovalRequest_HasApproveRejectAndChanges_WithVerbsAndData()
    {
        var message = _renderer.Render(CardSamples.ApprovalRequest());

        var buttons = message.Blocks.OfType<ActionsBlock>().Single().Elements;
        Assert.Equal([CardVerbs.Approve, CardVerbs.Reject, CardVerbs.RequestChanges], buttons.Select(b => b.ActionId));
        Assert.Equal(["primary", "danger", null], buttons.Select(b => b.Style));
        var value = JsonSerializer.Deserialize(buttons[1].Value!, SlackJsonContext.Default.SlackButtonValue)!;
        Assert.Equal(CardSamples.ApprovalData, value.Data);
        Assert.Equal("reason", value.Input!.Id);
        var facts = message.Blocks.OfType<SectionBlock>().Single(b => b.BlockId == "facts-0").Fields!.Select(f => f.Text).ToList();
        Assert.Equal(["*Workflow*\nincident-update", "*Tier*\ncustomer-facing", "*Drafter*\nSam Lee", "*Version*\n3f9a1c0e5b7d"], facts);
        Assert.Contains(message.Blocks.OfType<ContextBlock>().SelectMany(c => c.Elements), e => e.Text.Contains("AI-generated", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Decided_ShowsWhoAndWhen_AndNoButtons()
    {
        var card = CardSamples.All().Single(s => s.Name == "decided-approved").Card;
        Assert.NotEmpty(card.Actions);

        var message = _renderer.Render(card);

        Assert.DoesNotContain(message.Blocks, b => b is ActionsBlock);
        Assert.StartsWith(":white_check_mark: Approved", ((HeaderBlock)message.Blocks[0]).Text.Text, StringComparison.Ordinal);
        var facts = message.Blocks.OfType<SectionBlock>().Single(b => b.BlockId == "facts-0").Fields!.Select(f => f.Text).ToList();
        Assert.Contains("*Decided by*\nDana Ops", facts);
        Assert.Contains("*At*\n2026-11-23 14:31 UTC", facts);
    }

    [Fact]
    public void Render_ManyFindings_AreAllCountedAndCutWithANote()
    {
        var card = CardSamples.All().Single(s => s.Name == "findings-many").Card;

        var message = _renderer.Render(card);

        Assert.True(message.Blocks.Count <= BlockKitLimits.MessageBlocks);
        Assert.StartsWith("*Findings (80)*", Text(message.Blocks.Single(b => b.BlockId == "findings-0")), StringComparison.Ordinal);
        Assert.Contains("*Fix:* Change the figure to 12%", Text(message.Blocks.Single(b => b.BlockId == "findings-0")), StringComparison.Ordinal);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
    }

    [Fact]
    public void Render_ActionDataTooLargeForAButton_FailsHereNotAtSlack()
    {
        var data = new Dictionary<string, string> { ["blob"] = new string('x', 2_100) };
        var card = new Card { Kind = CardKind.Draft, Title = "t", Actions = [new CardAction(CardVerbs.Submit, "Submit", CardActionStyle.Primary, data)] };

        Assert.Throws<InvalidOperationException>(() => _renderer.Render(card));
    }

    [Fact]
    public void ForInput_Modal_CarriesTheActionAndWhereTheCardIs()
    {
        var state = new SlackModalState(CardVerbs.Reject, CardSamples.ApprovalData, "C0123456789", "1790000000.000100", "1790000010.000100", "reason");
        var input = new CardInput("reason", "Why is it rejected?", true, "Name the claim");

        var view = SlackModals.ForInput(CardVerbs.Reject, input, state);

        Assert.Equal(CardVerbs.Reject, view.CallbackId);
        Assert.Equal(state with { Data = CardSamples.ApprovalData }, JsonSerializer.Deserialize(view.PrivateMetadata!, SlackJsonContext.Default.SlackModalState)! with { Data = CardSamples.ApprovalData });
        Assert.Equal(CardSamples.ApprovalData, JsonSerializer.Deserialize(view.PrivateMetadata!, SlackJsonContext.Default.SlackModalState)!.Data);
        var block = Assert.IsType<InputBlock>(Assert.Single(view.Blocks));
        Assert.Equal("reason", block.Element.ActionId);
        Assert.Null(block.Optional);
        Assert.True(block.Element.Multiline);
    }

    private static List<string> DraftSections(SlackMessage message) =>
        [.. message.Blocks.OfType<SectionBlock>().Where(b => b.BlockId!.StartsWith("draft-", StringComparison.Ordinal)).Select(b => b.Text!.Text)];

    private static string Text(SlackBlock block) => ((SectionBlock)block).Text!.Text;

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
