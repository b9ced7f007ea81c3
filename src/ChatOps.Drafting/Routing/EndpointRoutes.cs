using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Routing;

/// <summary>Routes a workflow to its endpoints: the workflow's own settings first, then the global default and escalation.</summary>
public static class EndpointRoutes
{
    /// <summary>The name of the endpoint a workflow drafts on first.</summary>
    public static string PrimaryName(DraftingOptions options, string workflow)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FindWorkflow(workflow)?.Endpoint ?? options.DefaultEndpoint;
    }

    /// <summary>The name of the endpoint a workflow escalates to, or null when it has none.</summary>
    public static string? EscalationName(DraftingOptions options, string workflow)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.FindWorkflow(workflow)?.EscalationEndpoint ?? options.EscalationEndpoint;
        return string.IsNullOrEmpty(name) || name == PrimaryName(options, workflow) ? null : name;
    }

    internal static EndpointRoute For(DraftingOptions options, string workflow, string? endpointOverride)
    {
        var primaryName = endpointOverride ?? PrimaryName(options, workflow);
        var primary = options.FindEndpoint(primaryName)
            ?? throw new DraftingException(DraftingErrorKind.InvalidRequest,
                $"There is no endpoint named '{primaryName}'; configured: {string.Join(", ", options.Endpoints.Select(e => e.Name))}.");
        var escalation = options.FindEndpoint(EscalationName(options, workflow));
        return new EndpointRoute(primary, escalation is null || escalation.Name == primary.Name ? null : escalation);
    }
}
