namespace ChatOps.Policy.Yaml;

/// <summary>One error in a policy file, with the line and column it is on and how to fix it.</summary>
public sealed record PolicyError(string Source, int Line, int Column, string Message, string Fix)
{
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message} Fix: {Fix}";
}
