using ChatOps.Core.Workflows;
using ChatOps.Drafting.Prompts;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting;

/// <summary>Checks drafting options at start-up so a bad endpoint or missing prompt fails the host, not the first draft.</summary>
internal sealed class DraftingOptionsValidator : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.Problems);
        if (options.MaxRepairRounds is < 0 or > 10)
        {
            errors.Add($"Drafting:MaxRepairRounds is {options.MaxRepairRounds}; use 0 to 10.");
        }

        if (options.CacheTtl < TimeSpan.Zero)
        {
            errors.Add("Drafting:CacheTtl is negative; use 00:00:00 to turn the cache off.");
        }

        if (options.MaxRetryWait < TimeSpan.Zero || options.MaxRetryWait > TimeSpan.FromMinutes(5))
        {
            errors.Add("Drafting:MaxRetryWait must be between 00:00:00 and 00:05:00.");
        }

        if (!Directory.Exists(options.PromptsDirectory))
        {
            errors.Add($"Drafting:PromptsDirectory '{options.PromptsDirectory}' does not exist.");
        }
        else if (PromptLibrary.MissingWorkflows(options.PromptsDirectory) is { Count: > 0 } missing)
        {
            errors.Add($"Drafting:PromptsDirectory '{options.PromptsDirectory}' lacks prompts for {string.Join(", ", missing)}.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in options.Endpoints)
        {
            if (!names.Add(endpoint.Name))
            {
                errors.Add($"Drafting:Endpoints has two endpoints named '{endpoint.Name}'.");
            }

            errors.AddRange(EndpointOptionsRules.Check(endpoint));
        }

        var configured = string.Join(", ", options.Endpoints.Select(e => e.Name));
        if (options.FindEndpoint(options.DefaultEndpoint) is null)
        {
            errors.Add($"Drafting:DefaultEndpoint '{options.DefaultEndpoint}' is not a configured endpoint; use one of: {configured}.");
        }

        if (!string.IsNullOrEmpty(options.EscalationEndpoint)
            && (options.FindEndpoint(options.EscalationEndpoint) is null || options.EscalationEndpoint == options.DefaultEndpoint))
        {
            errors.Add($"Drafting:EscalationEndpoint '{options.EscalationEndpoint}' must name a configured endpoint other than the default ({configured}).");
        }

        foreach (var (workflow, settings) in options.Workflows)
        {
            var at = $"Drafting:Workflows:{workflow}";
            if (!WorkflowNames.IsKnown(workflow))
            {
                errors.Add($"{at}: '{workflow}' is not a workflow; use one of: {string.Join(", ", WorkflowNames.All)}.");
            }

            if (settings.Endpoint is { } endpoint && options.FindEndpoint(endpoint) is null)
            {
                errors.Add($"{at}:Endpoint '{endpoint}' is not a configured endpoint; use one of: {configured}.");
            }

            if (settings.EscalationEndpoint is { } escalation && options.FindEndpoint(escalation) is null)
            {
                errors.Add($"{at}:EscalationEndpoint '{escalation}' is not a configured endpoint; use one of: {configured}.");
            }

            if (settings.DraftsPerDay < 0 || settings.CostPerDay < 0)
            {
                errors.Add($"{at}: DraftsPerDay and CostPerDay cannot be negative (0 stops the workflow's drafts; leave empty for no limit).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
