using ChatOps.Core.Checking;
using ChatOps.Core.Evaluation;
using CsCheck;

namespace ChatOps.Core.Tests.Evaluation;

public sealed class FindingMatcherTests
{
    private const string Draft = "The cache failed at 14:02 UTC. We rolled back [S1]. It is unclear why.";

    [Fact]
    public void Match_SameRuleAndTextHoldsQuote_IsTruePositive()
    {
        var reported = Findings.At(Draft, RuleIds.UncitedClaim, "The cache failed at 14:02 UTC.");
        var expected = new ExpectedFinding(RuleIds.UncitedClaim, "cache failed");

        var match = FindingMatcher.Match(Draft, [expected], [reported]);

        var pair = Assert.Single(match.TruePositives);
        Assert.Same(expected, pair.Expected);
        Assert.Same(reported, pair.Reported);
        Assert.True(match.IsExact);
    }

    [Fact]
    public void Match_DifferentRule_IsFalsePositiveAndFalseNegative()
    {
        var reported = Findings.At(Draft, RuleIds.TimelineMissingReference, "The cache failed at 14:02 UTC.");
        var expected = new ExpectedFinding(RuleIds.UncitedClaim, "cache failed");

        var match = FindingMatcher.Match(Draft, [expected], [reported]);

        Assert.Empty(match.TruePositives);
        Assert.Same(reported, Assert.Single(match.FalsePositives));
        Assert.Same(expected, Assert.Single(match.FalseNegatives));
    }

    [Fact]
    public void Match_QuoteSpanningTwoReportedStatements_MatchesByOverlap()
    {
        // The checker cut the text where the case author did not; the quote's span overlaps the reported span.
        var reported = Findings.At(Draft, RuleIds.UncitedClaim, "We rolled back [S1].");
        var expected = new ExpectedFinding(RuleIds.UncitedClaim, "14:02 UTC. We rolled");

        var match = FindingMatcher.Match(Draft, [expected], [reported]);

        Assert.Single(match.TruePositives);
    }

    [Fact]
    public void Match_QuoteInAnotherStatement_DoesNotMatch()
    {
        var reported = Findings.At(Draft, RuleIds.UncitedClaim, "It is unclear why.");
        var expected = new ExpectedFinding(RuleIds.UncitedClaim, "cache failed");

        var match = FindingMatcher.Match(Draft, [expected], [reported]);

        Assert.Empty(match.TruePositives);
    }

    [Fact]
    public void Match_AdjacentSpanEndingWhereQuoteStarts_DoesNotOverlap()
    {
        var reported = new Finding(RuleIds.UncitedClaim, "x", 0, 4, 1, "m", "s");
        var expected = new ExpectedFinding(RuleIds.UncitedClaim, "cache");

        var match = FindingMatcher.Match(Draft, [expected], [reported]);

        Assert.Empty(match.TruePositives);
    }

    [Fact]
    public void Match_TwoExpectedOneReported_PairsOnlyOnce()
    {
        var reported = Findings.At(Draft, RuleIds.UncitedClaim, "The cache failed at 14:02 UTC.");
        var first = new ExpectedFinding(RuleIds.UncitedClaim, "cache failed");
        var second = new ExpectedFinding(RuleIds.UncitedClaim, "14:02 UTC");

        var match = FindingMatcher.Match(Draft, [first, second], [reported]);

        Assert.Same(first, Assert.Single(match.TruePositives).Expected);
        Assert.Same(second, Assert.Single(match.FalseNegatives));
        Assert.Empty(match.FalsePositives);
    }

    [Fact]
    public void Match_OneExpectedTwoReportedOfTheRule_LeavesTheSecondAsFalsePositive()
    {
        var firstReported = Findings.At(Draft, RuleIds.UnlabelledUnknown, "The cache failed at 14:02 UTC.");
        var secondReported = Findings.At(Draft, RuleIds.UnlabelledUnknown, "It is unclear why.");
        var expected = new ExpectedFinding(RuleIds.UnlabelledUnknown, "unclear");

        var match = FindingMatcher.Match(Draft, [expected], [firstReported, secondReported]);

        Assert.Same(secondReported, Assert.Single(match.TruePositives).Reported);
        Assert.Same(firstReported, Assert.Single(match.FalsePositives));
    }

    [Fact]
    public void Match_AnyFindings_CountsAreConservedOneToOne()
    {
        var rules = Gen.OneOf(RuleIds.UncitedClaim, RuleIds.UnlabelledUnknown);
        var span = Gen.Int[0, Draft.Length - 1].SelectMany(start => Gen.Int[start + 1, Draft.Length].Select(end => (start, end)));
        var reportedGen = Gen.Select(rules, span, (rule, s) =>
            new Finding(rule, Draft[s.start..s.end], s.start, s.end, 1, "m", "s")).Array[0, 5];
        var expectedGen = Gen.Select(rules, span, (rule, s) => new ExpectedFinding(rule, Draft[s.start..s.end])).Array[0, 5];

        Gen.Select(expectedGen, reportedGen).Sample((expected, reported) =>
        {
            var match = FindingMatcher.Match(Draft, expected, reported);
            Assert.Equal(expected.Length, match.TruePositives.Count + match.FalseNegatives.Count);
            Assert.Equal(reported.Length, match.TruePositives.Count + match.FalsePositives.Count);
            Assert.Equal(match.TruePositives.Count, match.TruePositives.Select(p => p.Reported).Distinct(ReferenceEqualityComparer.Instance).Count());
            Assert.All(match.TruePositives, p => Assert.True(FindingMatcher.Matches(Draft, p.Expected, p.Reported)));
        });
    }
}
