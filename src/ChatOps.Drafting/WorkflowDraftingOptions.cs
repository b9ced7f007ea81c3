namespace ChatOps.Drafting;

/// <summary>One workflow's drafting settings (<c>Drafting:Workflows:WORKFLOW</c>): its route and its daily budget.</summary>
public sealed class WorkflowDraftingOptions
{
    /// <summary>The endpoint this workflow drafts on first; the global default when empty.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Where one more attempt goes when the repairs fail; the global escalation endpoint when empty.</summary>
    public string? EscalationEndpoint { get; set; }

    /// <summary>At most this many drafts per UTC day (across every instance); no limit when empty.</summary>
    public long? DraftsPerDay { get; set; }

    /// <summary>At most this much spend per UTC day, in the prices' currency; no limit when empty.</summary>
    public decimal? CostPerDay { get; set; }
}
