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
        var errors = new List<string>();
        if (options.MaxRepairRounds is < 0 or > 10)
        {
            errors.Add($"Drafting:MaxRepairRounds is {options.MaxRepairRounds}; use 0 to 10.");
        }

        if (options.CacheTtl < TimeSpan.Zero)
        {
            errors.Add("Drafting:CacheTtl is negative; use zero to turn the cache off.");
        }

        if (!Directory.Exists(options.PromptsDirectory))
        {
            errors.Add($"Drafting:PromptsDirectory '{options.PromptsDirectory}' does not exist.");
        }
        else if (PromptLibrary.MissingWorkflows(options.PromptsDirectory) is { Count: > 0 } missing)
        {
            errors.Add($"Drafting:PromptsDirectory '{options.PromptsDirectory}' lacks prompts for {string.Join(", ", missing)}.");
        }

        foreach (var (workflow, budget) in options.DailyBudgets)
        {
            if (!WorkflowNames.IsKnown(workflow) || budget < 0)
            {
                errors.Add($"Drafting:DailyBudgets:{workflow} must name a workflow and be zero or more.");
            }
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

        if (options.FindEndpoint(options.DefaultEndpoint) is null)
        {
            errors.Add($"Drafting:DefaultEndpoint '{options.DefaultEndpoint}' is not one of the configured endpoints.");
        }

        if (!string.IsNullOrEmpty(options.EscalationEndpoint)
            && (options.FindEndpoint(options.EscalationEndpoint) is null || options.EscalationEndpoint == options.DefaultEndpoint))
        {
            errors.Add($"Drafting:EscalationEndpoint '{options.EscalationEndpoint}' must name a configured endpoint other than the default.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
