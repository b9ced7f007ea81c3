using ChatOps.Core.Conversations;
using ChatOps.Core.Records;
using ChatOps.Records.GitHub;
using ChatOps.Records.GitHub.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Octokit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers GitHub as a system of record: the ticket reader when a repository or server is configured, write-back when a token is set.</summary>
public static class GitHubServiceCollectionExtensions
{
    /// <summary>
    /// The GitHub ticket reader (when <c>Tickets:GitHub:*</c> is set) and write-back target (when <c>CHATOPS_GITHUB_TOKEN</c>
    /// is set), with <see cref="GitHubRecordsOptions"/> validated at start-up.
    /// </summary>
    public static IServiceCollection AddGitHubRecords(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GitHubRecordsOptions>().BindConfiguration(GitHubRecordsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GitHubRecordsOptions>, GitHubRecordsOptionsValidator>());
        var section = configuration.GetSection(GitHubRecordsOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(section["Repository"]) || !string.IsNullOrWhiteSpace(section["ApiBaseUrl"]))
        {
            services.AddSingleton<ITicketReader>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<GitHubRecordsOptions>>().Value;
                var product = new ProductHeaderValue("ChatOps");
                var client = options.ApiBaseUrl is { } server ? new GitHubClient(product, server) : new GitHubClient(product);
                if (Token() is { } token)
                {
                    client.Credentials = new Credentials(token);
                }

                return new GitHubTicketReader(client, options.Repository);
            });
        }

        if (Token() is not null)
        {
            services.AddSingleton<IWriteBackTarget>(sp => GitHubTarget.Create(Token()!, sp.GetRequiredService<IOptions<GitHubRecordsOptions>>().Value.ApiBaseUrl));
        }

        return services;
    }

    private static string? Token() => Environment.GetEnvironmentVariable(GitHubRecordsOptions.TokenVariable) is { Length: > 0 } token ? token : null;
}
