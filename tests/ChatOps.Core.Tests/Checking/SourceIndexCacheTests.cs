using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Checking;

/// <summary>The checker keeps its indexes of sources across evidence sets (each request gathers its own): by content, never by id alone.</summary>
public sealed class SourceIndexCacheTests
{
    private const string Draft = "The checkout API returned errors for 1,200 customers [T1].";

    private static EvidenceSet Ticket(string text) => new([new Source("T1", SourceKind.Ticket, "INC-2041", "https://tickets.example/INC-2041", text)]);

    [Fact]
    public void SameChecker_SourceWithTheSameIdButNewText_IsJudgedOnItsNewText()
    {
        var checker = new CiteFirstChecker();
        Assert.True(checker.Check(Ticket("Checkout API returned errors for 1,200 customers."), Draft).IsAccepted);

        // The ticket was edited between two requests: the number it held is gone, so the claim no longer stands on it.
        var edited = checker.Check(Ticket("Checkout API returned errors for some customers."), Draft);

        Assert.False(edited.IsAccepted);
        Assert.Contains(RuleIds.UngroundedSpecific, edited.Findings.Select(f => f.Rule));
        Assert.Equal(
            new CiteFirstChecker().Check(Ticket("Checkout API returned errors for some customers."), Draft).Findings.Select(f => (f.Rule, f.Message)),
            edited.Findings.Select(f => (f.Rule, f.Message)));
    }

    [Fact]
    public void SameChecker_EqualSourcesInAnotherEvidenceSet_GiveTheSameResultAsAFreshChecker()
    {
        var checker = new CiteFirstChecker();
        var first = checker.Check(CheckerFixtures.Evidence, "Checkout API errors hit 1,200 customers from 14:00 UTC [S1][S2]. Refunds take 5 business days [S3].");
        var again = checker.Check(new EvidenceSet([.. CheckerFixtures.Evidence.Sources.Select(s => s with { })]),
            "Checkout API errors hit 1,200 customers from 14:00 UTC [S1][S2]. Refunds take 5 business days [S3].");
        var fresh = new CiteFirstChecker().Check(new EvidenceSet([.. CheckerFixtures.Evidence.Sources]),
            "Checkout API errors hit 1,200 customers from 14:00 UTC [S1][S2]. Refunds take 5 business days [S3].");

        Assert.Equal(fresh.Verdict, again.Verdict);
        Assert.Equal(first.Findings.Select(f => (f.Rule, f.Message)), again.Findings.Select(f => (f.Rule, f.Message)));
        Assert.Equal(fresh.Findings.Select(f => (f.Rule, f.Message)), again.Findings.Select(f => (f.Rule, f.Message)));
        Assert.Equal(fresh.Statements.Select(s => s.Support.Count), again.Statements.Select(s => s.Support.Count));
    }
}
