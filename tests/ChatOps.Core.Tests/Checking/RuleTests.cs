using ChatOps.Core.Checking;
using static ChatOps.Core.Tests.Checking.CheckerFixtures;

namespace ChatOps.Core.Tests.Checking;

public sealed class RuleTests
{
    [Theory]
    [InlineData("The checkout API returned errors.", new[] { RuleIds.UncitedClaim })]
    [InlineData("The checkout API returned errors [S1].", new string[0])]
    [InlineData("The checkout API returned errors [S9].", new[] { RuleIds.UncitedClaim, RuleIds.UnknownSource })]
    [InlineData("The checkout API returned errors [S1][S9].", new[] { RuleIds.UnknownSource })]
    [InlineData("We are investigating [S9].", new[] { RuleIds.UnknownSource })]
    [InlineData("The checkout API returned errors [S2](https://logs.example/q/checkout).", new[] { RuleIds.UncitedClaim })]
    [InlineData("The checkout API returned errors [S1, S2].", new string[0])]
    [InlineData("The checkout API returned errors [S1,S2].", new string[0])]
    public void Citations_ResolveOrFire(string draft, string[] expected) => Assert.Equal(expected, Rules(draft));

    [Theory]
    [InlineData("The cache probably failed [S1].")]
    [InlineData("We will possibly refund it within a week.")]
    [InlineData("Refund owner: XXX [S3].")]
    [InlineData("The customer count is unknown [S1].")]
    [InlineData("Please send the email on TBD.")]
    [InlineData("The API appears to be failing [S1].")]
    [InlineData("Which stores?? are affected [S1].")]
    public void SpeculationCues_FireUnlabelledUnknown(string draft) =>
        Assert.Contains(RuleIds.UnlabelledUnknown, Rules(draft));

    [Theory]
    [InlineData("UNKNOWN: whether the cache probably failed.")]
    [InlineData("The checkout API would retry, could not recover, and may include refunds [S1].")]
    [InlineData("The checkout API was unlikely to fail [S1].")]
    [InlineData("It seemed quiet in the checkout API [S1].")]
    public void NonCues_AndLabelledUnknowns_DoNotFire(string draft) =>
        Assert.DoesNotContain(RuleIds.UnlabelledUnknown, Rules(draft));

    [Theory]
    [InlineData("Dana rolled back the deploy at 14:20 UTC [S4].", true)]
    [InlineData("Dana rolled back the deploy on 20 Nov [S4].", true)]
    [InlineData("- 14:20 — Dana's rollback of the deploy [S4].", true)]
    [InlineData("Dana rolled back the deploy at 14:20 UTC [S4][S2].", false)]
    [InlineData("Prices rise to $4 on 2027-01-01 [S3].", false)]
    [InlineData("Refunds were issued in November [S3].", false)]
    [InlineData("Dana rolled back the deploy yesterday [S4].", false)]
    public void TimelineItems_NeedALogDeployOrTicket(string draft, bool fires) =>
        Assert.Equal(fires, Rules(draft).Contains(RuleIds.TimelineMissingReference));

    [Fact]
    public void UncitedTimelineItem_GetsUncitedClaimOnly() =>
        Assert.Equal([RuleIds.UncitedClaim], Rules("Dana rolled back the deploy at 14:20 UTC."));

    [Theory]
    [InlineData("The API failed for 1,200 customers [S1].", false)]
    [InlineData("The API failed for 1200 customers [S1].", false)]
    [InlineData("The API failed for 1,300 customers [S1].", true)]
    [InlineData("Version v2.3.1 was deployed [S1].", false)]
    [InlineData("Version v2.3.2 was deployed [S1].", true)]
    [InlineData("Errors hit 12% of requests [S2].", false)]
    [InlineData("Errors hit 12% of requests [S1].", true)]
    [InlineData("The ticket was opened on the 20th, 2026-11-20 [S1].", true)]
    [InlineData("Errors began at 14:00 and the ticket opened at 14:02 [S1][S2].", false)]
    [InlineData("Prices rise to $4 per seat [S3].", false)]
    [InlineData("The [refund policy for 2028](https://docs.example/refunds) applies [S3].", true)]
    [InlineData("The [refund policy](https://docs.example/refunds/2028) applies [S3].", false)]
    public void NumbersAndIdentifiers_MustStandInACitedSource(string draft, bool fires) =>
        Assert.Equal(fires, Rules(draft).Contains(RuleIds.UngroundedSpecific));

    [Fact]
    public void NumberInsideALongerToken_IsNotTheSameToken() =>
        Assert.Contains(RuleIds.UngroundedSpecific, Rules("The ticket count reached 20 [S1]."));

    [Theory]
    [InlineData("The ticket is at https://tickets.example/INC-2041 [S1].", false)]
    [InlineData("The ticket is at https://tickets.example/INC-2041. [S1]", false)]
    [InlineData("See the ticket (https://tickets.example/INC-2041).", false)]
    [InlineData("See http://tickets.example/INC-2041 for details.", true)]
    [InlineData("See https://tickets.example/INC-2041?tab=1 for details.", true)]
    [InlineData("See tickets.example/INC-2041 for details.", false)]
    [InlineData("## Links https://evil.example/x", true)]
    public void Links_MustBeExactlyASourceUri(string draft, bool fires) =>
        Assert.Equal(fires, Rules(draft).Contains(RuleIds.ForeignLink));

    [Fact]
    public void Findings_CarrySpanLineMessageAndSuggestion()
    {
        const string draft = "# Update\n\nThe checkout API returned errors [S1]. The deploy was rolled back.";

        var finding = Assert.Single(Check(draft).Findings);

        Assert.Equal(RuleIds.UncitedClaim, finding.Rule);
        Assert.Equal("The deploy was rolled back.", finding.Text);
        Assert.Equal(finding.Text, draft[finding.Start..finding.End]);
        Assert.Equal(3, finding.Line);
        Assert.Contains("cites no source", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("cite one of: S4 (chat-message)", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void UngroundedNumber_SuggestsTheSourceThatHoldsIt()
    {
        var finding = Assert.Single(Check("Errors hit 12% of requests [S1].").Findings);

        Assert.Contains("\"12%\"", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("S2 (log-query) holds it", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_IsAcceptedOnlyWithoutFindings()
    {
        Assert.Equal(Verdict.Accepted, Check("The checkout API returned errors [S1].").Verdict);
        Assert.Equal(Verdict.Rejected, Check("The checkout API returned errors.").Verdict);
    }
}
