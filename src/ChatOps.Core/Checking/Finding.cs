namespace ChatOps.Core.Checking;

/// <summary>One rule broken by one statement, with a message a person understands and a fix to try.</summary>
public sealed record Finding(string Rule, string Text, int Start, int End, int Line, string Message, string Suggestion);
