namespace ChatOps.Core.Drafting;

/// <summary>The drafting port: turns a workflow, its evidence and a request into a checked draft.</summary>
public interface IDraftingService
{
    /// <summary>Drafts, checks and (where needed) repairs; throws <see cref="DraftingException"/> when it cannot draft at all.</summary>
    Task<DraftResult> DraftAsync(DraftRequest request, CancellationToken cancellationToken = default);
}
