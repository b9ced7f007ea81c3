using ChatOps.Core.Conversations;
using ChatOps.Host.Settings;
using ChatOps.Records.GitHub;
using ChatOps.Records.Jira;
using Octokit;

namespace ChatOps.Host.Composition;

/// <summary>Registers the ticket readers the configuration asks for (Jira Cloud, GitHub), the same systems write-back posts to.</summary>
internal static class TicketReaders
{
    public static IServiceCollection AddTicketReaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new TicketSettings
        {
            JiraSite = configuration.GetValue<Uri?>("Tickets:Jira:Site"),
            GitHubRepository = configuration["Tickets:GitHub:Repository"],
            GitHubApiBaseUrl = configuration.GetValue<Uri?>("Tickets:GitHub:ApiBaseUrl"),
        };
        if (settings.JiraSite is { } site)
        {
            services.AddHttpClient(nameof(JiraTicketReader));
            services.AddSingleton<ITicketReader>(sp => new JiraTicketReader(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(JiraTicketReader)), site));
        }

        if (settings.GitHubEnabled)
        {
            services.AddSingleton<ITicketReader>(_ =>
            {
                var product = new ProductHeaderValue("ChatOps");
                var client = settings.GitHubApiBaseUrl is { } server ? new GitHubClient(product, server) : new GitHubClient(product);
                if (Environment.GetEnvironmentVariable("CHATOPS_GITHUB_TOKEN") is { Length: > 0 } token)
                {
                    client.Credentials = new Credentials(token);
                }

                return new GitHubTicketReader(client, settings.GitHubRepository);
            });
        }

        return services;
    }
}
