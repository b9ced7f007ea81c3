namespace ChatOps.Records.Jira.Hosting;

/// <summary>Where Jira tickets named in a draft request are read from (<c>Tickets:Jira:Site</c>); none by default.</summary>
/// <remarks>Credentials come from the environment, never from settings files: CHATOPS_JIRA_EMAIL and CHATOPS_JIRA_API_TOKEN.
/// Write-back needs no setting here: the policy names each workflow's site.</remarks>
public sealed class JiraRecordsOptions
{
    public const string SectionName = "Tickets:Jira";

    public Uri? Site { get; set; }
}
