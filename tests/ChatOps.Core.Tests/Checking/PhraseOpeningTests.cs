using ChatOps.Core.Checking;
using static ChatOps.Core.Tests.Checking.CheckerFixtures;

namespace ChatOps.Core.Tests.Checking;

// The phrase patterns that open with "we", "I", "please" or "the" are skipped when the second word is none they can
// take: each word they take must still reach its pattern, in any case, and a second word they do not take must not.
public sealed class PhraseOpeningTests
{
    [Theory]
    [InlineData("We really appreciate your patience.", StatementKind.Courtesy)]
    [InlineData("I truly value your feedback.", StatementKind.Courtesy)]
    [InlineData("We greatly appreciate your patience.", StatementKind.Courtesy)]
    [InlineData("We sincerely apologize for the delay.", StatementKind.Courtesy)]
    [InlineData("We deeply regret the disruption.", StatementKind.Courtesy)]
    [InlineData("I do apologise for the trouble.", StatementKind.Courtesy)]
    [InlineData("We are so grateful for your patience.", StatementKind.Courtesy)]
    [InlineData("I am very sorry about the outage.", StatementKind.Courtesy)]
    [InlineData("We would like to thank everyone who reported it.", StatementKind.Courtesy)]
    [InlineData("We would like to apologise for the delay.", StatementKind.Courtesy)]
    [InlineData("We hope this helps.", StatementKind.Courtesy)]
    [InlineData("We completely understand how disruptive this was.", StatementKind.Courtesy)]
    [InlineData("I understand your frustration here.", StatementKind.Courtesy)]
    [InlineData("We know how frustrating this is.", StatementKind.Courtesy)]
    [InlineData("We strongly recommend rotating your keys.", StatementKind.Instruction)]
    [InlineData("I would suggest clearing the cache.", StatementKind.Instruction)]
    [InlineData("We ask that you retry after 16:00 UTC.", StatementKind.Instruction)]
    [InlineData("We invite you to rejoin the call.", StatementKind.Instruction)]
    [InlineData("We urge customers to update the app.", StatementKind.Instruction)]
    [InlineData("Please accept our apologies for the delay.", StatementKind.Courtesy)]
    [InlineData("Please note that refunds were issued to every customer.", StatementKind.Claim)]
    [InlineData("Kindly bear in mind that refunds take 5 days.", StatementKind.Claim)]
    [InlineData("Please keep in mind that the portal is read-only.", StatementKind.Claim)]
    [InlineData("Please be aware that exports are paused.", StatementKind.Claim)]
    [InlineData("Please remember that the portal is read-only.", StatementKind.Claim)]
    [InlineData("The next update will follow at 16:00 UTC.", StatementKind.Commitment)]
    [InlineData("The following stores are affected.", StatementKind.Courtesy)]
    [InlineData("We will post the next update by 12:00 UTC.", StatementKind.Commitment)]
    [InlineData("Please retry failed requests if needed.", StatementKind.Instruction)]
    [InlineData("The nightly rebuild was stuck.", StatementKind.Claim)]
    public void PhraseOpenings_AreClassifiedAsWritten_WithTheRestInCapitals(string sentence, StatementKind expected)
    {
        // A statement that opens in capitals reads as quoted data: only what follows the first word is shouted.
        var firstSpace = sentence.IndexOf(' ', StringComparison.Ordinal);
        var shouted = sentence[..firstSpace] + sentence[firstSpace..].ToUpperInvariant();

        Assert.Equal(expected, Assert.Single(Check(sentence).Statements).Kind);
        Assert.Equal(expected, Assert.Single(Check(shouted).Statements).Kind);
    }
}
