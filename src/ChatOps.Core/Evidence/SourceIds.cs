namespace ChatOps.Core.Evidence;

/// <summary>What a source id may look like: any token without spaces, commas or brackets.</summary>
public static class SourceIds
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c) || c is ',' or '[' or ']' or '(' or ')' or '{' or '}')
            {
                return false;
            }
        }

        return true;
    }
}
