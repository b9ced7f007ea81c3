using ChatOps.Core.Evidence;

namespace ChatOps.Core.Drafting;

/// <summary>What to draft: the workflow, the evidence it may cite, and the person's request in their words.</summary>
public sealed record DraftRequest(string Workflow, EvidenceSet Evidence, string Request = "")
{
    /// <summary>The endpoints the workflow's policy allows, by name; null when no policy applies (the CLI without one).</summary>
    /// <remarks>The drafter refuses, before anything is sent, a route or an escalation to an endpoint not in this list.</remarks>
    public IReadOnlyCollection<string>? AllowedEndpoints { get; init; }

    /// <summary>Draft on this endpoint instead of the configured route (the eval gate's <c>--endpoint</c>).</summary>
    public string? Endpoint { get; init; }
}
