namespace ChatOps.Core.Drafting;

/// <summary>Tokens a draft consumed, summed over every model call it made.</summary>
public sealed record DraftUsage(long InputTokens, long OutputTokens)
{
    /// <summary>No tokens used.</summary>
    public static DraftUsage None { get; } = new(0, 0);

    public long TotalTokens => InputTokens + OutputTokens;

    public DraftUsage Add(DraftUsage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DraftUsage(InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);
    }
}
