using ChatOps.Core.Records;
using ChatOps.Host.Settings;
using ChatOps.Records.GitHub;
using ChatOps.Records.Jira;
using ChatOps.Records.Journal;
using ChatOps.Records.Webhook;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>Registers every write-back target: the journal always, Jira Cloud and signed webhooks (their secrets come from
/// the environment variables the policy names), and GitHub when <c>CHATOPS_GITHUB_TOKEN</c> is set.</summary>
internal static class WriteBackTargets
{
    public static IServiceCollection AddWriteBackTargets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WriteBackSettings>().BindConfiguration("WriteBack");
        services.AddSingleton<IWriteBackTarget>(sp => new JournalTarget(new JournalOptions(sp.GetRequiredService<IOptions<WriteBackSettings>>().Value.JournalRoot).Validated()));
        services.AddHttpClient(nameof(JiraTarget));
        services.AddSingleton<IWriteBackTarget>(sp => new JiraTarget(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(JiraTarget))));
        services.AddHttpClient(nameof(WebhookTarget));
        services.AddSingleton<IWriteBackTarget>(sp => new WebhookTarget(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookTarget)), sp.GetRequiredService<TimeProvider>()));
        if (Environment.GetEnvironmentVariable("CHATOPS_GITHUB_TOKEN") is { Length: > 0 } token)
        {
            services.AddSingleton<IWriteBackTarget>(_ => GitHubTarget.Create(token, configuration.GetValue<Uri?>("Tickets:GitHub:ApiBaseUrl")));
        }

        return services;
    }
}
