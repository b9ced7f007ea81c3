using System.Globalization;
using ChatOps.Core.Drafting;

namespace ChatOps.Core.Cards.Building;

/// <summary>How a draft was made, as card facts: model and owner, attempts, tokens and cost, the cache, and every flag a reviewer must see.</summary>
public static class DraftFacts
{
    public static IReadOnlyList<CardFact> Of(DraftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var facts = new List<CardFact>
        {
            new("Model", $"{result.Model} (endpoint {result.Endpoint}, owner {result.Owner})"),
            new("Prompt version", DraftCards.ShortVersion(result.PromptVersion)),
        };
        if (result.IsCached)
        {
            facts.Add(new CardFact("Cache", "the same request was answered a moment ago; no model was called"));
        }
        else
        {
            facts.Add(new CardFact("Attempts", Attempts(result)));
            facts.Add(new CardFact("Tokens", string.Create(CultureInfo.InvariantCulture, $"{result.Usage.InputTokens:N0} in, {result.Usage.OutputTokens:N0} out")));
            facts.Add(new CardFact("Cost", Money(result.Cost)));
        }

        facts.AddRange(Flags(result.Flags));
        return facts;
    }

    /// <summary>The flags a reviewer must see, by source and phrase (the cache flag is not one of them).</summary>
    public static IEnumerable<CardFact> Flags(IEnumerable<DraftFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        foreach (var flag in flags)
        {
            switch (flag.Kind)
            {
                case DraftFlag.PossibleInjection:
                    yield return new CardFact("Possible injection",
                        $"{flag.SourceId}: \"{flag.Phrase}\" tries to instruct the model; it was treated as data. Check the source before approving.");
                    break;
                case DraftFlag.EscalationSkipped:
                    yield return new CardFact("Escalation", flag.Detail);
                    break;
            }
        }
    }

    public static string Money(decimal cost) => cost.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Attempts(DraftResult result)
    {
        var parts = new List<string>();
        var repairs = result.Repairs;
        if (repairs > 0)
        {
            parts.Add(repairs == 1 ? "1 repair" : $"{repairs} repairs");
        }

        if (result.Escalated)
        {
            parts.Add("escalated to " + result.Endpoint);
        }

        var failed = result.Calls.Count(c => !c.Succeeded);
        if (failed > 0)
        {
            parts.Add(failed == 1 ? "1 failed call" : $"{failed} failed calls");
        }

        var count = result.Attempts.ToString(CultureInfo.InvariantCulture);
        return parts.Count == 0 ? count : $"{count} ({string.Join(", ", parts)})";
    }
}
