namespace ChatOps.Core.Checking.Rules;

/// <summary><c>unknown-source</c>: a citation marker naming an id that no source has.</summary>
internal sealed class UnknownSourceRule : IStatementRule
{
    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (statement.UnknownIds.Count == 0)
        {
            return null;
        }

        var named = string.Join(", ", statement.UnknownIds.Select(id => $"[{id}]"));
        var message = statement.UnknownIds.Count == 1
            ? $"{named} names no source in the evidence."
            : $"{named} name no source in the evidence.";
        var known = evidence.Evidence.Sources;
        var suggestion = known.Count == 0
            ? "add the source to the evidence, or remove the marker"
            : $"cite one of: {SourceSuggestions.Describe(SourceSuggestions.Rank(evidence, statement.Plain))}; or add the missing source to the evidence";
        return statement.ToFinding(RuleIds.UnknownSource, message, suggestion);
    }
}
