namespace ChatOps.Core.Checking.Rules;

/// <summary><c>uncited-claim</c>: a claim with no resolved citation.</summary>
internal sealed class UncitedClaimRule : IStatementRule
{
    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (!statement.IsClaim || statement.Cited.Count > 0)
        {
            return null;
        }

        if (evidence.Evidence.Sources.Count == 0)
        {
            return statement.ToFinding(RuleIds.UncitedClaim,
                "This states a fact, but there is no evidence to cite.",
                "add the source that says it to the evidence and cite it, or label it: `UNKNOWN: …`");
        }

        var candidates = SourceSuggestions.Rank(evidence, statement.Plain);
        var message = statement.UnknownIds.Count > 0
            ? "This states a fact, but its only citations name sources that do not exist."
            : "This states a fact but cites no source.";
        return statement.ToFinding(RuleIds.UncitedClaim, message,
            $"cite one of: {SourceSuggestions.Describe(candidates)}; or, if no source says it, label it: `UNKNOWN: …`");
    }
}
