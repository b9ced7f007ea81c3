namespace ChatOps.Core.Cards;

/// <summary>One checker finding as a person reads it: the rule, the statement, what is wrong and how to fix it.</summary>
public sealed record CardFinding(string Rule, string Statement, string Message, string Suggestion)
{
    /// <summary>Where the statement starts in the card's draft text (UTF-16, after citation numbering); null when the card shows no draft.</summary>
    public int? Start { get; init; }

    /// <summary>Where the statement ends in the card's draft text (exclusive).</summary>
    public int? End { get; init; }
}
