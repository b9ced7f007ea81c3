namespace ChatOps.Core.Evidence;

/// <summary>
/// A ticket's sensitivity from its labels (or a Jira security level): the highest of <c>public</c>, <c>internal</c>,
/// <c>confidential</c>, <c>restricted</c> named, alone or as <c>sensitivity:NAME</c> / <c>sensitivity-NAME</c>;
/// internal when none is.
/// </summary>
public static class SensitivityLabels
{
    public static Sensitivity Of(IEnumerable<string?> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Sensitivity? highest = null;
        foreach (var label in labels)
        {
            if (Parse(label) is { } found && (highest is null || found > highest))
            {
                highest = found;
            }
        }

        return highest ?? Sensitivity.Internal;
    }

    private static Sensitivity? Parse(string? label)
    {
        var word = label?.Trim().ToLowerInvariant() ?? "";
        foreach (var prefix in new[] { "sensitivity:", "sensitivity-", "sensitivity/" })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                word = word[prefix.Length..];
            }
        }

        return word switch
        {
            "public" => Sensitivity.Public,
            "internal" => Sensitivity.Internal,
            "confidential" => Sensitivity.Confidential,
            "restricted" => Sensitivity.Restricted,
            _ => null,
        };
    }
}
