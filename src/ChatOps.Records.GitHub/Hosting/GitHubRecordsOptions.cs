namespace ChatOps.Records.GitHub.Hosting;

/// <summary>GitHub as a system of record: <c>Tickets:GitHub:Repository</c> and <c>Tickets:GitHub:ApiBaseUrl</c>; the token only from <c>CHATOPS_GITHUB_TOKEN</c>.</summary>
public sealed class GitHubRecordsOptions
{
    public const string SectionName = "Tickets:GitHub";

    /// <summary>The environment variable holding the token; never a setting, so it stays out of settings files.</summary>
    public const string TokenVariable = "CHATOPS_GITHUB_TOKEN";

    /// <summary>The repository (<c>owner/name</c>) that <c>#12</c> refers to; <c>owner/name#12</c> always works.</summary>
    public string? Repository { get; set; }

    /// <summary>GitHub Enterprise's address; empty for github.com.</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>Tickets are read from GitHub when either setting is present.</summary>
    public bool ReadsTickets => !string.IsNullOrWhiteSpace(Repository) || ApiBaseUrl is not null;
}
