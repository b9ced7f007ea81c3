using ChatOps.Core.Checking;
using static ChatOps.Core.Tests.Checking.CheckerFixtures;

namespace ChatOps.Core.Tests.Checking;

public sealed class StatementKindTests
{
    [Theory]
    [InlineData("Hi Dana,", StatementKind.Courtesy)]
    [InlineData("Thank you for your patience.", StatementKind.Courtesy)]
    [InlineData("Thanks for your patience while we looked into this.", StatementKind.Courtesy)]
    [InlineData("We apologize for the disruption.", StatementKind.Courtesy)]
    [InlineData("We're sorry for the trouble this caused.", StatementKind.Courtesy)]
    [InlineData("Best regards,", StatementKind.Courtesy)]
    [InlineData("Did the retry succeed?", StatementKind.Question)]
    [InlineData("Please retry failed requests.", StatementKind.Instruction)]
    [InlineData("Contact support if the error persists.", StatementKind.Instruction)]
    [InlineData("If the page stays blank, clear your browser cache.", StatementKind.Instruction)]
    [InlineData("Don't resubmit the order.", StatementKind.Instruction)]
    [InlineData("We are investigating.", StatementKind.Commitment)]
    [InlineData("We will post the next update by 16:00 UTC.", StatementKind.Commitment)]
    [InlineData("Our team is working on a fix.", StatementKind.Commitment)]
    [InlineData("I'll follow up with the vendor.", StatementKind.Commitment)]
    [InlineData("We’ll stage the rollout by region.", StatementKind.Commitment)]
    [InlineData("We will probably send a reminder.", StatementKind.Commitment)]
    [InlineData("Root cause: UNKNOWN.", StatementKind.LabelledUnknown)]
    [InlineData("UNKNOWN: how many stores are affected.", StatementKind.LabelledUnknown)]
    [InlineData("We rolled back the deploy at 14:20 UTC.", StatementKind.Claim)]
    [InlineData("We believe the cache caused it.", StatementKind.Claim)]
    [InlineData("We are seeing elevated error rates.", StatementKind.Claim)]
    [InlineData("Fix owner: XXX.", StatementKind.Claim)]
    [InlineData("It is unclear how many stores are affected.", StatementKind.Claim)]
    [InlineData("The review will take XX days.", StatementKind.Claim)]
    [InlineData("The vendor will ship a fix next week.", StatementKind.Claim)]
    [InlineData("Update was deployed to all clients.", StatementKind.Claim)]
    [InlineData("Thanks to the rollback, errors stopped.", StatementKind.Claim)]
    [InlineData("Please note that refunds were issued to every customer.", StatementKind.Claim)]
    [InlineData("The team is monitoring the recovery.", StatementKind.Commitment)]
    [InlineData("Next update: 16:00 UTC.", StatementKind.Commitment)]
    [InlineData("Status: investigating.", StatementKind.Commitment)]
    [InlineData("If you were charged twice, we will refund you automatically.", StatementKind.Commitment)]
    [InlineData("In the meantime, we are routing EU traffic to the US region.", StatementKind.Commitment)]
    [InlineData("As a precaution, please rotate your API keys.", StatementKind.Instruction)]
    [InlineData("Approvers, please reply with approve or reject.", StatementKind.Instruction)]
    [InlineData("We recommend restarting the app.", StatementKind.Instruction)]
    [InlineData("Update (14:30 UTC): the fix is deployed.", StatementKind.Claim)]
    [InlineData("Lock firmware 2.7.1 rejects the new token format.", StatementKind.Claim)]
    [InlineData("Order volumes dropped 20% overnight.", StatementKind.Claim)]
    [InlineData("Add malformed geometries to the renderer test suite.", StatementKind.Instruction)]
    [InlineData("You should receive the refund within 5 days.", StatementKind.Claim)]
    [InlineData("You should restart the router.", StatementKind.Instruction)]
    [InlineData("Hello Orchard Lane and Mill Road residents,", StatementKind.Courtesy)]
    [InlineData("back to 0.1% after 14:40 UTC [S1].", StatementKind.Claim)]
    [InlineData("Back above 99.9% since 15:10 UTC [S1].", StatementKind.Claim)]
    [InlineData("Back up the ledger database before the upgrade.", StatementKind.Instruction)]
    [InlineData("queue depth 18,240 at 10:00 UTC [S2].", StatementKind.Claim)]
    [InlineData("Cause: build cache volume full (2 TB) [S1].", StatementKind.Claim)]
    [InlineData("SEC-7790 Request: allow the PriceScout browser extension for 25 buyers [S2].", StatementKind.Claim)]
    [InlineData("Workaround: restart the router.", StatementKind.Instruction)]
    [InlineData("GRANT SELECT ON alumni_donations TO p.raman, granted 2026-11-03 14:20 UTC [S2].", StatementKind.Claim)]
    [InlineData("Request: please approve by Friday.", StatementKind.Instruction)]
    [InlineData("Route calculation requests in the EU region timed out at a rate of 9.5% [Q-1].", StatementKind.Claim)]
    [InlineData("Replay on orders-db-r2 has been paused since 10:54 UTC [S3].", StatementKind.Claim)]
    [InlineData("For 2 hours on 2026-02-03, map tiles at zoom levels 15-18 were blank [S1].", StatementKind.Claim)]
    [InlineData("The second export, run at 16:40 UTC, matched rooms by position [S1].", StatementKind.Claim)]
    [InlineData("Keep v7.14.0 off the EU clusters until the cause is found.", StatementKind.Instruction)]
    [InlineData("Check the logs in the EU region are clean.", StatementKind.Instruction)]
    [InlineData("Order a replacement card in the app under Cards > Replace.", StatementKind.Instruction)]
    public void Statement_IsClassifiedAsTheSpecDefines(string sentence, StatementKind expected)
    {
        var statement = Assert.Single(Check(sentence).Statements);

        Assert.Equal(expected, statement.Kind);
    }

    [Fact]
    public void SignatureAfterSignOff_IsCourtesy_ButNotBeforeIt()
    {
        var result = Check("Checkout Team\n\nCheers,\nChris from Checkout");

        Assert.Equal(
            [StatementKind.Claim, StatementKind.Courtesy, StatementKind.Courtesy],
            result.Statements.Select(s => s.Kind));
    }

    [Fact]
    public void ANameLineAfterClosingThanks_IsASignature_ButAClaimLineIsNot()
    {
        var signed = Check("Thank you for supporting the museum.\n\nAshcombe Museum Membership Team");
        var claimed = Check("Thank you for your patience.\n\nCheckout errors are back to normal");
        var notClosing = Check("Checkout errors fell.\n\nAshcombe Museum Membership Team");

        Assert.Equal([StatementKind.Courtesy, StatementKind.Courtesy], signed.Statements.Select(s => s.Kind));
        Assert.Equal([StatementKind.Courtesy, StatementKind.Claim], claimed.Statements.Select(s => s.Kind));
        Assert.Equal([StatementKind.Claim, StatementKind.Claim], notClosing.Statements.Select(s => s.Kind));
    }

    [Fact]
    public void HeadingLikeLines_AreNotStatements()
    {
        var result = Check("**Impact**\n\nNext steps:\n\nThe checkout API returned errors [S1].");

        Assert.Equal(["The checkout API returned errors [S1]."], result.Statements.Select(s => s.Text));
    }
}
