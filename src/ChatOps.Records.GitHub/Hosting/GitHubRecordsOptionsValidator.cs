using Microsoft.Extensions.Options;

namespace ChatOps.Records.GitHub.Hosting;

/// <summary>Stops the host when the default repository is not <c>owner/name</c> or the API address is not absolute, naming the setting.</summary>
internal sealed class GitHubRecordsOptionsValidator : IValidateOptions<GitHubRecordsOptions>
{
    public ValidateOptionsResult Validate(string? name, GitHubRecordsOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Repository) && GitHubIssueReference.Parse("#1", options.Repository) is null)
        {
            errors.Add($"Tickets:GitHub:Repository is \"{options.Repository}\"; set it to owner/name, e.g. octo-org/service (environment: Tickets__GitHub__Repository).");
        }

        if (options.ApiBaseUrl is { } server && !(server.IsAbsoluteUri && server.Scheme is "https" or "http"))
        {
            errors.Add($"Tickets:GitHub:ApiBaseUrl is \"{options.ApiBaseUrl}\"; set it to your GitHub Enterprise address, e.g. https://github.example.com/, or remove it for github.com (environment: Tickets__GitHub__ApiBaseUrl).");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
