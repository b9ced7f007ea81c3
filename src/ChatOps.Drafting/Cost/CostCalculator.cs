using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Cost;

/// <summary>Prices token usage with an endpoint's configured prices per 1,000 tokens.</summary>
internal static class CostCalculator
{
    private const decimal Thousand = 1_000m;

    public static decimal Price(DraftUsage usage, ModelEndpointOptions endpoint) => Normalized(
        (usage.InputTokens * endpoint.InputPricePer1KTokens / Thousand)
        + (usage.OutputTokens * endpoint.OutputPricePer1KTokens / Thousand));

    public static decimal Total(IEnumerable<ModelCall> calls) => Normalized(calls.Sum(c => c.Cost));

    // Decimal keeps the scale of its operands (0.0060); the ledger and the cards show the value (0.006).
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;
}
