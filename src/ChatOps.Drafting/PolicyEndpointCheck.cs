using ChatOps.Core.Policy;
using ChatOps.Drafting.Routing;

namespace ChatOps.Drafting;

/// <summary>
/// Checks the policy's <c>models:</c> against the configured endpoints, the same way at the host's start-up and in
/// <c>chatops policy check --config</c>: an error stops the host (a workflow that could never draft); a warning
/// names what will be refused or skipped at run time.
/// </summary>
public static class PolicyEndpointCheck
{
    /// <summary>One line per workflow whose allowed models name no configured endpoint, or whose own route the policy does not allow.</summary>
    public static IReadOnlyList<string> Errors(ChatOpsPolicy policy, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Endpoints.Select(e => e.Name).ToArray();
        var errors = new List<string>();
        foreach (var workflow in policy.Workflows.Values.OrderBy(w => w.Name, StringComparer.Ordinal))
        {
            if (!workflow.AllowedModels.Any(m => configured.Contains(m, StringComparer.Ordinal)))
            {
                errors.Add($"Workflow '{workflow.Name}' allows models [{string.Join(", ", workflow.AllowedModels)}] in the policy, but none is a configured endpoint " +
                    $"(configured: {string.Join(", ", configured)}); configure one as Drafting:Endpoints:{(workflow.AllowedModels.Count > 0 ? workflow.AllowedModels[0] : "NAME")} " +
                    "or list a configured endpoint in its models:.");
                continue;
            }

            var own = options.FindWorkflow(workflow.Name);
            foreach (var (setting, name) in new[] { ("Endpoint", own?.Endpoint), ("EscalationEndpoint", own?.EscalationEndpoint) })
            {
                if (name is not null && !workflow.AllowedModels.Contains(name, StringComparer.Ordinal))
                {
                    errors.Add($"Drafting:Workflows:{workflow.Name}:{setting} is '{name}', which the policy does not allow for {workflow.Name} " +
                        $"(models: {string.Join(", ", workflow.AllowedModels)}); route it to one of those or allow '{name}' in the policy.");
                }
            }
        }

        return errors;
    }

    /// <summary>What will be refused or skipped at run time: routes to endpoints a workflow may not use.</summary>
    public static IReadOnlyList<string> Warnings(ChatOpsPolicy policy, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        var warnings = new List<string>();
        foreach (var workflow in policy.Workflows.Values.OrderBy(w => w.Name, StringComparer.Ordinal))
        {
            var allowed = workflow.AllowedModels;
            var primary = EndpointRoutes.PrimaryName(options, workflow.Name);
            if (!allowed.Contains(primary, StringComparer.Ordinal))
            {
                warnings.Add($"{workflow.Name}: drafts go to '{primary}', which its policy does not allow (models: {string.Join(", ", allowed)}), so they will be refused; " +
                    $"set Drafting:Workflows:{workflow.Name}:Endpoint to one of those.");
            }

            if (EndpointRoutes.EscalationName(options, workflow.Name) is { } escalation && !allowed.Contains(escalation, StringComparer.Ordinal))
            {
                warnings.Add($"{workflow.Name}: escalation to '{escalation}' is not allowed by its policy, so it will be skipped.");
            }
        }

        return warnings;
    }

    /// <summary>
    /// One line per endpoint name the policy allows but nothing configures, with the workflows that allow it: not a
    /// fault (the embedded default configures only the offline drafter), but a platform engineer wiring a model wants
    /// to know which names the policy expects.
    /// </summary>
    public static IReadOnlyList<string> Unconfigured(ChatOpsPolicy policy, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        return [.. policy.Workflows.Values
            .SelectMany(w => w.AllowedModels.Where(m => options.FindEndpoint(m) is null).Select(m => (Endpoint: m, Workflow: w.Name)))
            .GroupBy(p => p.Endpoint, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"the policy also allows '{g.Key}' ({string.Join(", ", g.Select(p => p.Workflow).Order(StringComparer.Ordinal))}), " +
                $"not configured here; configure it as Drafting:Endpoints:{g.Key} to draft on it.")];
    }
}
