namespace ChatOps.Drafting.Routing;

/// <summary>Where one workflow's drafts go: the (smaller) endpoint first, and the escalation endpoint when its repairs fail.</summary>
internal sealed record EndpointRoute(ModelEndpointOptions Primary, ModelEndpointOptions? Escalation);
