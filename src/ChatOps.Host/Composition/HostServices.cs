using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Flows;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;
using ChatOps.Core.Stats;
using ChatOps.Drafting;
using ChatOps.Drafting.Prompts;
using ChatOps.Host.Console;
using ChatOps.Host.Health;
using ChatOps.Host.Jobs;
using ChatOps.Host.Settings;
using ChatOps.Host.Telemetry;
using ChatOps.Policy.Yaml;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>Wires the core to its adapters from configuration; the only place that knows every project.</summary>
internal static class HostServices
{
    /// <summary>No request to the host needs more than a draft's 1 MB.</summary>
    public const long MaxRequestBytes = 1_048_576;

    public static WebApplicationBuilder AddChatOpsHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddChatOpsTelemetry(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.AddServerHeader = false;
        });

        // Slack and Teams keep their connections open and send the next request on them: reading straight into a
        // pooled buffer saves the empty read (a system call) Kestrel otherwise makes before each request.
        builder.WebHost.UseSockets(o => o.WaitForDataBeforeAllocatingBuffer = false);
        services.AddSingleton<PerPersonRateLimit>();
        services.AddSingleton<ConsoleAccess>();
        services.AddSingleton<IValidateOptions<LedgerSettings>, SettingsValidator>();
        services.AddSingleton<IValidateOptions<PolicySettings>, SettingsValidator>();
        services.AddOptions<LedgerSettings>().BindConfiguration("Ledger").ValidateOnStart();
        services.AddOptions<PolicySettings>().BindConfiguration("Policy").ValidateOnStart();
        services.AddOptions<InboxSettings>().BindConfiguration("Inbox")
            .Validate(o => o.LeaseSeconds is > 0 and <= 86_400, "Inbox:LeaseSeconds must be between 1 and 86400.").ValidateOnStart();
        services.AddOptions<ConsoleSettings>().BindConfiguration("Console")
            .Validate(o => o.Burst > 0 && o.PerSecond > 0, "Console:Burst and Console:PerSecond must be positive whole numbers.").ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<RetentionSettings>().BindConfiguration("Retention")
            .Validate(o => o.IntervalHours is > 0 and <= 8760 && o.FirstRunSeconds is >= 0 and <= 86_400, "Retention:IntervalHours must be between 0 and 8760 (hours) and Retention:FirstRunSeconds between 0 and 86400.").ValidateOnStart();

        // The host resolves Slack user groups (usergroups.users.list); a policy naming any other kind of group is refused
        // at start-up with its line, because it would grant nobody.
        services.AddSingleton(sp => PolicyYamlLoader.LoadFor(sp.GetRequiredService<IOptions<PolicySettings>>().Value.Path, [ChatOps.Core.Policy.ChannelIdentity.Slack]));
        services.AddLedgerStore(builder.Configuration["Ledger:Provider"] ?? LedgerSettings.Sqlite);
        services.AddSingleton(sp => new ScorecardService(sp.GetRequiredService<IStatsStore>(),
            PromptVersions.Read(sp.GetRequiredService<IOptions<DraftingOptions>>().Value.PromptsDirectory)));
        services.AddSingleton<ChainStatus>();
        services.AddSingleton<WorkflowSwitch>();
        services.AddSingleton(sp => new RetentionSweeper(sp.GetRequiredService<ILedgerStore>(), sp.GetRequiredService<ChatOps.Core.Policy.ChatOpsPolicy>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IRetentionStore>()));
        services.AddHostedService<RetentionService>();

        services.AddModelGateway();

        services.AddSingleton<ApprovalService>();
        services.AddSingleton<ApprovalQueries>();
        services.AddJiraRecords(builder.Configuration);
        services.AddGitHubRecords(builder.Configuration);
        services.AddSingleton<EvidenceGatherer>();
        services.AddSingleton<IEvidenceGatherer, SampleEvidenceGatherer>();
        services.AddSingleton<DraftingFlow>();
        services.AddSingleton<ApprovalFlow>();
        services.AddSingleton<QueryFlow>();
        services.AddSingleton<ControlFlow>();
        services.AddSingleton<ConversationCore>();
        services.AddSingleton<CardClicks>();
        services.AddSingleton<PeopleNames>();
        services.AddSingleton<ThreadAddresses>();
        services.AddSingleton<CardCopies>();
        services.AddSingleton<IThreadNotifier, InboxThreadNotifier>();
        services.AddSingleton<IJobListener, JobNotices>();

        services.AddJournalWriteBack();
        services.AddWebhookRecords();
        services.AddOptions<OutboxSettings>().BindConfiguration("Outbox")
            .Validate(o => o.MaxAttempts >= 1 && o.FirstRetrySeconds > 0 && o.FirstRetrySeconds <= o.MaxRetrySeconds, "Outbox:MaxAttempts must be at least 1, and Outbox:FirstRetrySeconds positive and at most Outbox:MaxRetrySeconds.").ValidateOnStart();
        services.AddSingleton(sp => new OutboxWorker(sp.GetRequiredService<IJobQueue>(), sp.GetServices<IWriteBackTarget>(), sp.GetRequiredService<ApprovalService>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<OutboxSettings>>().Value.ToOptions(), switches: sp.GetRequiredService<WorkflowSwitch>(), listener: sp.GetRequiredService<IJobListener>()));
        services.AddHostedService<WorkflowSwitchWatcher>();
        services.AddSingleton<ConversationInbox>();
        services.AddSingleton<IConversationIntake>(sp => sp.GetRequiredService<ConversationInbox>());
        services.AddSingleton<ConsoleThreads>();
        services.AddSingleton<IReplyChannel, ConsoleReplyChannel>();
        services.AddSlack(builder.Configuration);
        services.AddSingleton<ThreadHistoryLoader>();
        services.AddTeams(builder.Configuration);

        // Emulator mode (unauthenticated Teams requests from this machine) is on by default only when no other channel is.
        services.AddOptions<ChatOps.Teams.TeamsOptions>().PostConfigure<IOptions<ChatOps.Slack.SlackOptions>>((teams, slack) =>
        {
            if (!teams.IsAuthenticationEnabled)
            {
                teams.Emulator ??= !slack.Value.IsConfigured;
            }
        });
        services.AddSingleton<ConversationJobs>();
        services.AddHostedService<JobWorker>();
        services.AddHttpClient();
        services.AddHealthChecks()
            .AddCheck<LedgerHealthCheck>("ledger", tags: ["ready"])
            .AddCheck<ModelEndpointsHealthCheck>("models", tags: ["ready", ModelEndpointsHealthCheck.Tag]);
        return builder;
    }

    /// <summary>The store <c>Ledger:Provider</c> names; any other value registers none and is reported by <see cref="SettingsValidator"/> before anything resolves a store.</summary>
    private static void AddLedgerStore(this IServiceCollection services, string provider)
    {
        switch (provider)
        {
            case LedgerSettings.Sqlite:
                services.AddSqliteLedger();
                break;
            case LedgerSettings.Postgres:
                services.AddPostgresLedger();
                break;
        }
    }
}
