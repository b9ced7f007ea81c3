using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Records.GitHub;

/// <summary>An issue as a ticket names it: <c>#12</c> or <c>12</c> in the policy's repository, or <c>owner/name#12</c>.</summary>
public sealed partial record GitHubIssueReference(string Owner, string Name, int Number)
{
    public static GitHubIssueReference? Parse(string? ticket, string? defaultRepository)
    {
        var match = Pattern().Match(ticket ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var repository = match.Groups["repo"].Success ? match.Groups["repo"].Value : defaultRepository;
        var parts = repository?.Split('/');
        return parts is [var owner, var name] && owner.Length > 0 && name.Length > 0
            ? new GitHubIssueReference(owner, name, int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"^(?:(?<repo>[\w.-]+/[\w.-]+))?#?(?<number>\d{1,9})$")]
    private static partial Regex Pattern();
}
