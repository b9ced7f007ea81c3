using ChatOps.Core.Evaluation;

namespace ChatOps.Core.Tests.Evaluation;

public sealed class FindingScoreTests
{
    [Fact]
    public void Scores_FromCounts_ArePrecisionRecallAndHarmonicMean()
    {
        var score = new FindingScore(TruePositives: 3, FalsePositives: 1, FalseNegatives: 3);

        Assert.Equal(0.75, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.6, score.F1, 9);
    }

    [Fact]
    public void Scores_NothingReportedOrExpected_ArePerfect()
    {
        Assert.Equal(1.0, FindingScore.Zero.Precision);
        Assert.Equal(1.0, FindingScore.Zero.Recall);
        Assert.Equal(1.0, FindingScore.Zero.F1);
    }

    [Fact]
    public void Scores_NothingReportedButSomethingExpected_HaveZeroRecallAndF1()
    {
        var score = new FindingScore(0, 0, 4);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Add_SumsEachCount()
    {
        Assert.Equal(new FindingScore(3, 5, 7), new FindingScore(1, 2, 3).Add(new FindingScore(2, 3, 4)));
    }
}
