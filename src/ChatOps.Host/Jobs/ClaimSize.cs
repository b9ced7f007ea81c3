namespace ChatOps.Host.Jobs;

/// <summary>
/// How many inbox requests the worker claims at once. Large claims spread the claim's and the completion's commits
/// over many requests, but every claimed request must be finished inside its lease, or another instance would take
/// it over and run it a second time; so the claim is sized from how long requests have been taking.
/// </summary>
/// <remarks>
/// The estimate assumes the whole claim runs one request after another (one busy thread), with a quarter of the lease
/// as the budget: a claim of slow drafts stays small, a claim of quick answers grows to <see cref="Max"/>.
/// </remarks>
internal sealed class ClaimSize(TimeSpan lease)
{
    public const int Min = 1;
    public const int Max = 256;

    /// <summary>Before anything was measured: the claim size the worker always used before it adapted.</summary>
    private const int Initial = 4;

    private readonly Lock gate = new();
    private double averageSeconds = double.NaN;

    public int Next
    {
        get
        {
            lock (gate)
            {
                return double.IsNaN(averageSeconds)
                    ? Initial
                    : (int)Math.Clamp(lease.TotalSeconds / 4 / Math.Max(averageSeconds, 1e-4), Min, Max);
            }
        }
    }

    /// <summary>Takes in how long one request took, weighting recent requests most.</summary>
    public void Observe(TimeSpan took)
    {
        lock (gate)
        {
            averageSeconds = double.IsNaN(averageSeconds) ? took.TotalSeconds : (0.8 * averageSeconds) + (0.2 * took.TotalSeconds);
        }
    }
}
