using ChatOps.Core.Policy;
using ChatOps.Drafting;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Settings;

/// <summary>
/// Stops the host when the policy and the model settings cannot work together: a workflow whose <c>models:</c> name
/// no configured endpoint, or a workflow routed to an endpoint its policy does not allow. One line per problem.
/// </summary>
internal sealed class DraftingPolicyValidator(ChatOpsPolicy policy) : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options) =>
        PolicyEndpointCheck.Errors(policy, options) is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
