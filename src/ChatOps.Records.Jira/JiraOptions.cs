namespace ChatOps.Records.Jira;

/// <summary>The names of the environment variables that hold the Jira Cloud account email and API token (never the values).</summary>
public sealed record JiraOptions(string EmailVariable = "CHATOPS_JIRA_EMAIL", string TokenVariable = "CHATOPS_JIRA_API_TOKEN", int PageSize = 100)
{
    public JiraOptions Validated()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(EmailVariable);
        ArgumentException.ThrowIfNullOrWhiteSpace(TokenVariable);
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1);
        return this;
    }
}
