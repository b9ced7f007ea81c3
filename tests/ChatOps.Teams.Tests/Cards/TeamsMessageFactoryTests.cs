using ChatOps.Core.Cards;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Tests.TestSupport;

namespace ChatOps.Teams.Tests.Cards;

public sealed class TeamsMessageFactoryTests
{
    [Fact]
    public void Create_AiDraft_HasOneRootMessageEntityWithLabelAndCitations()
    {
        // Act
        var activity = TeamsMessageFactory.Create(CardSamples.Draft(accepted: true), AdaptiveCardView.Everyone);

        // Assert
        var entity = Assert.Single(activity.Entities!);
        Assert.Equal("https://schema.org/Message", entity["type"]!.GetValue<string>());
        Assert.Equal("AIGeneratedContent", entity["additionalType"]![0]!.GetValue<string>());
        Assert.Equal([1, 2], entity["citation"]!.AsArray().Select(c => c!["position"]!.GetValue<int>()));
        Assert.Contains("[1]", activity.Text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void Create_ThirtyCitationsWithLongTitles_KeepsTwentyWithinNameAndAbstractLimits()
    {
        // Arrange
        var citations = Enumerable.Range(1, 30)
            .Select(n => new CardCitation(n, $"S{n}", "a-very-long-kind-name-over-28-chars", new string('T', 200), null, new string('A', 500)))
            .ToList();
        var text = string.Join(' ', citations.Select(c => $"Claim [{c.Number}]."));
        var card = CardSamples.Draft(accepted: true) with { Draft = new CardDraft(text, citations) };

        // Act
        var entity = Assert.Single(TeamsMessageFactory.Create(card, AdaptiveCardView.Everyone).Entities!);

        // Assert
        var claims = entity["citation"]!.AsArray();
        Assert.Equal(20, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.True(c!["appearance"]!["name"]!.GetValue<string>().Length <= 80);
            Assert.True(c["appearance"]!["abstract"]!.GetValue<string>().Length <= 160);
            Assert.True(c["appearance"]!["keywords"]![0]!.GetValue<string>().Length <= 28);
        });
    }

    [Fact]
    public void Create_HugeDraft_StaysUnder80KbAndSaysItWasShortened()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("The checkout API returned errors for EU customers [1]. ", 5000));
        var card = CardSamples.Draft(accepted: true) with { Draft = CardSamples.DraftText() with { Text = text } };

        // Act
        var activity = TeamsMessageFactory.Create(card, AdaptiveCardView.Everyone);

        // Assert
        Assert.True(TeamsMessageFactory.SizeOf(activity) <= TeamsMessageFactory.MaxMessageBytes);
        Assert.Contains("shortened", activity.Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(activity.Entities!)["citation"]);
    }

    [Fact]
    public void Create_NotAiGeneratedAndNoDraft_HasNoEntities()
    {
        // Act
        var activity = TeamsMessageFactory.Create(CardSamples.Answer(), AdaptiveCardView.Everyone);

        // Assert
        Assert.Null(activity.Entities);
        Assert.Null(activity.Text);
    }

    [Fact]
    public void Render_SharedApprovalView_HasNoButtonsButRefreshesApprovers()
    {
        // Act
        var card = AdaptiveCardRenderer.Render(CardSamples.Approval(), AdaptiveCardView.Shared(CardSamples.Approvers));

        // Assert
        Assert.DoesNotContain("Action.Execute\",\"title", card["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(CardSamples.Approvers, card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("refresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public void Render_ApproverView_HasExecuteActionsWithVerbsAndReasonInput()
    {
        // Act
        var json = AdaptiveCardRenderer.Render(CardSamples.Approval(), AdaptiveCardView.Actionable(CardSamples.Approvers)).ToJsonString();

        // Assert
        Assert.Contains("\"verb\":\"approve\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"reject\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"changes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Input.Text\",\"id\":\"reason\"", json, StringComparison.Ordinal);
    }
}
