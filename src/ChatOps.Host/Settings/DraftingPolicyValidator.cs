using ChatOps.Core.Policy;
using ChatOps.Drafting;
using ChatOps.Policy.Yaml;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Settings;

/// <summary>
/// Stops the host when the policy and the model settings cannot work together: a workflow whose <c>models:</c> name
/// no configured endpoint, or a workflow routed to an endpoint its policy does not allow. One line per problem.
/// </summary>
/// <remarks>The policy is resolved only here, so a policy that cannot be loaded is reported by its own settings check, once.</remarks>
internal sealed class DraftingPolicyValidator(IServiceProvider services) : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        ChatOpsPolicy policy;
        try
        {
            policy = services.GetRequiredService<ChatOpsPolicy>();
        }
        catch (Exception ex) when (ex is PolicyLoadException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Skip;
        }

        return PolicyEndpointCheck.Errors(policy, options) is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
