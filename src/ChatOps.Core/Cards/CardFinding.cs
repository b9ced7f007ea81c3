namespace ChatOps.Core.Cards;

/// <summary>One checker finding as a person reads it: the rule, the statement, what is wrong and how to fix it.</summary>
public sealed record CardFinding(string Rule, string Statement, string Message, string Suggestion);
