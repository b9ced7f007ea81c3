using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Cost;

/// <summary>Prices token usage with an endpoint's configured prices per 1,000 tokens.</summary>
internal static class CostCalculator
{
    private const decimal Thousand = 1_000m;

    public static decimal Price(DraftUsage usage, ModelEndpointOptions endpoint) =>
        (usage.InputTokens * endpoint.InputPricePer1KTokens / Thousand)
        + (usage.OutputTokens * endpoint.OutputPricePer1KTokens / Thousand);
}
