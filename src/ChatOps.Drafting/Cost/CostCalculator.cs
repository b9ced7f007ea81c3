using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Cost;

/// <summary>Prices token usage with an endpoint's configured per-million-token prices.</summary>
internal static class CostCalculator
{
    private const decimal Million = 1_000_000m;

    public static decimal Price(DraftUsage usage, ModelEndpointOptions endpoint) =>
        (usage.InputTokens * endpoint.InputPricePerMillionTokens / Million)
        + (usage.OutputTokens * endpoint.OutputPricePerMillionTokens / Million);
}
