namespace ChatOps.Core.Policy;

/// <summary>What each write-back target kind needs in the policy.</summary>
internal static class WriteBackRules
{
    public static void Validate(WriteBackTarget target, Action<string, string, string> add)
    {
        switch (target.Kind)
        {
            case WriteBackTarget.None or WriteBackTarget.Journal:
                break;
            case WriteBackTarget.GitHub:
                Require(target, "repository", "owner/name of the repository whose issues are tickets, e.g. repository: acme/support", add);
                break;
            case WriteBackTarget.Jira:
                RequireUrl(target, "site", "the Jira Cloud site, e.g. site: https://acme.atlassian.net", add);
                break;
            case WriteBackTarget.Webhook:
                RequireUrl(target, "url", "the receiver's https address", add);
                Require(target, "secret_env", "the name of the environment variable that holds the signing secret (never the secret itself)", add);
                break;
            default:
                add("target", $"'{target.Kind}' is not a write-back target.", $"Use one of: {string.Join(", ", WriteBackTarget.Kinds)}.");
                break;
        }
    }

    private static void Require(WriteBackTarget target, string key, string what, Action<string, string, string> add)
    {
        if (string.IsNullOrWhiteSpace(target.Setting(key)))
        {
            add(key, $"A {target.Kind} write-back needs '{key}'.", $"Add {key}: {what}.");
        }
    }

    private static void RequireUrl(WriteBackTarget target, string key, string what, Action<string, string, string> add)
    {
        Require(target, key, what, add);
        var value = target.Setting(key);
        if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            add(key, $"'{value}' is not an http(s) address.", $"Set {key} to {what}.");
        }
    }
}
