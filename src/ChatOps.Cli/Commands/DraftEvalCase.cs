using ChatOps.Core.Drafting;

namespace ChatOps.Cli.Commands;

/// <summary>One evidence bundle drafted through the gateway: the result, or why no draft was made.</summary>
internal sealed record DraftEvalCase(string Id, string Workflow, DraftResult? Result, DraftingException? Error)
{
    public bool Passed => Result is { IsEligibleForApproval: true };

    /// <summary>How many statements the draft labels <c>UNKNOWN</c>.</summary>
    public int Unknowns => Result is null ? 0 : CountUnknowns(Result.Draft);

    private static int CountUnknowns(string draft)
    {
        var count = 0;
        for (var at = draft.IndexOf("UNKNOWN", StringComparison.Ordinal); at >= 0; at = draft.IndexOf("UNKNOWN", at + 7, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
