using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Safety;

/// <summary>Refuses, before anything is sent, an endpoint the workflow's policy does not list in its <c>models:</c>.</summary>
internal static class EndpointAllowance
{
    public static bool IsAllowed(DraftRequest request, ModelEndpointOptions endpoint) =>
        request.AllowedEndpoints is not { } allowed || allowed.Contains(endpoint.Name, StringComparer.Ordinal);

    public static void EnsureAllowed(DraftRequest request, ModelEndpointOptions endpoint)
    {
        if (!IsAllowed(request, endpoint))
        {
            throw new DraftingException(DraftingErrorKind.EndpointNotAllowed,
                $"The {request.Workflow} policy does not allow model endpoint '{endpoint.Name}' (allowed: {string.Join(", ", request.AllowedEndpoints!)}); " +
                $"nothing was sent. Route {request.Workflow} to an allowed endpoint with Drafting:Workflows:{request.Workflow}:Endpoint, " +
                $"or ask the policy's owner to add '{endpoint.Name}' to its models:.");
        }
    }
}
