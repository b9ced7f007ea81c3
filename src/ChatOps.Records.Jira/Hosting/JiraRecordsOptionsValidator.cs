using Microsoft.Extensions.Options;

namespace ChatOps.Records.Jira.Hosting;

/// <summary>Stops the host when the Jira site is not an absolute http(s) address, naming the setting.</summary>
internal sealed class JiraRecordsOptionsValidator : IValidateOptions<JiraRecordsOptions>
{
    public ValidateOptionsResult Validate(string? name, JiraRecordsOptions options) =>
        options.Site is { } site && !(site.IsAbsoluteUri && site.Scheme is "https" or "http")
            ? ValidateOptionsResult.Fail($"Tickets:Jira:Site is \"{site}\"; set it to your Jira Cloud address, e.g. https://your-team.atlassian.net, or remove it (environment: Tickets__Jira__Site).")
            : ValidateOptionsResult.Success;
}
