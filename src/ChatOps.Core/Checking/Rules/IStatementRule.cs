namespace ChatOps.Core.Checking.Rules;

/// <summary>One rule of the spec applied to one statement: at most one finding.</summary>
internal interface IStatementRule
{
    Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence);
}
