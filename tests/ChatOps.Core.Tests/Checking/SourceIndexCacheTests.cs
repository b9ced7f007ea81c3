using ChatOps.Core.Checking;
using ChatOps.Core.Checking.Rules;
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

    [Fact]
    public void Cache_KeepsNoSourceLongerThanItsLimit_AndStartsAgainPastItsTotal_WithTheSameIndexesEitherWay()
    {
        var cache = new SourceIndexCache();
        var large = new Source("L1", SourceKind.LogQuery, "export", "https://logs.example/q/1", string.Concat(Enumerable.Repeat("checkout error 1,200 customers; ", 10_000)));
        var ticket = new Source("T1", SourceKind.Ticket, "INC-2041", "https://tickets.example/INC-2041", "Checkout API returned errors for 1,200 customers.");

        // A source over the per-source limit is indexed for each use and never kept: two reads give equal, separate sets.
        Assert.True(large.Text.Length > SourceIndexCache.MaxSourceCharacters);
        var first = cache.Specifics(large);
        var second = cache.Specifics(large);
        Assert.NotSame(first, second);
        Assert.Equal(first.Order(StringComparer.Ordinal), second.Order(StringComparer.Ordinal));

        // A kept source answers the same set until the total is passed, then is indexed afresh with the same content.
        var kept = cache.Specifics(ticket);
        Assert.Same(kept, cache.Specifics(ticket));
        var filler = new string('x', SourceIndexCache.MaxSourceCharacters);
        for (var i = 0; i * (long)SourceIndexCache.MaxSourceCharacters <= SourceIndexCache.MaxCharacters; i++)
        {
            cache.Specifics(new Source($"F{i}", SourceKind.Doc, "filler", $"https://docs.example/{i}", filler));
        }

        var again = cache.Specifics(ticket);
        Assert.NotSame(kept, again);
        Assert.Equal(kept.Order(StringComparer.Ordinal), again.Order(StringComparer.Ordinal));
    }
}
