namespace ChatOps.Core.Cards;

/// <summary>What a card is for.</summary>
public enum CardKind
{
    /// <summary>A checked draft with its verdict and, when eligible, a submit action.</summary>
    Draft,

    /// <summary>An approval request sent to the approvers, with approve / reject / request-changes actions.</summary>
    ApprovalRequest,

    /// <summary>The outcome of an approval request, replacing its actions.</summary>
    Decided,

    /// <summary>An answer in words: who approved, history, stats, help, errors.</summary>
    Answer,
}
