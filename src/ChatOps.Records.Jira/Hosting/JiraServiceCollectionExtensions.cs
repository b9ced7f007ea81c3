using ChatOps.Core.Conversations;
using ChatOps.Core.Records;
using ChatOps.Records.Jira;
using ChatOps.Records.Jira.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Jira Cloud as a system of record: write-back always, the ticket reader when a site is configured.</summary>
public static class JiraServiceCollectionExtensions
{
    /// <summary>The Jira write-back target, and the ticket reader when <c>Tickets:Jira:Site</c> is set, with <see cref="JiraRecordsOptions"/> validated at start-up.</summary>
    public static IServiceCollection AddJiraRecords(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JiraRecordsOptions>().BindConfiguration(JiraRecordsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JiraRecordsOptions>, JiraRecordsOptionsValidator>());
        services.AddHttpClient(nameof(JiraTarget));
        services.AddSingleton<IWriteBackTarget>(sp => new JiraTarget(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(JiraTarget))));
        if (!string.IsNullOrWhiteSpace(configuration[$"{JiraRecordsOptions.SectionName}:Site"]))
        {
            services.AddHttpClient(nameof(JiraTicketReader));
            services.AddSingleton<ITicketReader>(sp => new JiraTicketReader(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(JiraTicketReader)), sp.GetRequiredService<IOptions<JiraRecordsOptions>>().Value.Site!));
        }

        return services;
    }
}
