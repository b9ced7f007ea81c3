namespace ChatOps.Core.Evaluation;

/// <summary>
/// Counts of true positives, false positives and false negatives with the precision, recall and F1 they give;
/// nothing reported counts as precision 1 and nothing expected as recall 1, since neither can be wrong.
/// </summary>
public sealed record FindingScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static FindingScore Zero { get; } = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0
        ? 1.0
        : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0
        ? 1.0
        : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public FindingScore Add(FindingScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            TruePositives + other.TruePositives,
            FalsePositives + other.FalsePositives,
            FalseNegatives + other.FalseNegatives);
    }
}
