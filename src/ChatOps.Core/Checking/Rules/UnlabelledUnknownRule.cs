namespace ChatOps.Core.Checking.Rules;

/// <summary><c>unlabelled-unknown</c>: a speculation or placeholder cue in a statement without the UNKNOWN label.</summary>
internal sealed class UnlabelledUnknownRule : IStatementRule
{
    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (statement.Kind == StatementKind.LabelledUnknown)
        {
            return null;
        }

        var cue = statement.Cue;
        if (cue is null)
        {
            return null;
        }

        return statement.ToFinding(RuleIds.UnlabelledUnknown,
            $"\"{cue}\" marks a guess or a placeholder, but the statement is not labelled UNKNOWN.",
            "label what is not known: `UNKNOWN: …`; or state only what a cited source says, without the guess");
    }
}
