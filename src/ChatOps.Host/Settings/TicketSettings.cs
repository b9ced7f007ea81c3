namespace ChatOps.Host.Settings;

/// <summary>Where tickets named in a draft request are read from: <c>Tickets:Jira:Site</c>, <c>Tickets:GitHub:*</c>; none by default.</summary>
/// <remarks>Credentials come from the environment, never from settings files: CHATOPS_JIRA_EMAIL and
/// CHATOPS_JIRA_API_TOKEN for Jira Cloud, CHATOPS_GITHUB_TOKEN for GitHub.</remarks>
public sealed class TicketSettings
{
    public Uri? JiraSite { get; set; }

    /// <summary>The repository (<c>owner/name</c>) that <c>#12</c> refers to; <c>owner/name#12</c> always works.</summary>
    public string? GitHubRepository { get; set; }

    /// <summary>GitHub Enterprise's address; empty for github.com.</summary>
    public Uri? GitHubApiBaseUrl { get; set; }

    public bool GitHubEnabled => !string.IsNullOrWhiteSpace(GitHubRepository) || GitHubApiBaseUrl is not null;
}
