using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Conversations;
using ChatOps.Core.Ledger;
using ChatOps.Core.Conversations.Flows;
using ChatOps.Core.Stats;
using ChatOps.Drafting;
using ChatOps.Drafting.Prompts;
using ChatOps.Host.Channels.Slack;
using ChatOps.Host.Channels.Teams;
using ChatOps.Host.Console;
using ChatOps.Host.Health;
using ChatOps.Host.Jobs;
using ChatOps.Host.Settings;
using ChatOps.Host.Telemetry;
using ChatOps.Ledger.Sql;
using ChatOps.Policy.Yaml;
using ChatOps.Core.Records;
using ChatOps.Slack.Inbound;
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
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.AddSingleton<PerPersonRateLimit>();
        services.AddSingleton<IValidateOptions<LedgerSettings>, SettingsValidator>();
        services.AddSingleton<IValidateOptions<ModelSettings>, SettingsValidator>();
        services.AddSingleton<IValidateOptions<PolicySettings>, SettingsValidator>();
        services.AddOptions<LedgerSettings>().BindConfiguration("Ledger")
            .Configure<IConfiguration>((o, c) => o.ConnectionString ??= c.GetConnectionString("Ledger")).ValidateOnStart();
        services.AddOptions<ModelSettings>().BindConfiguration("Model").ValidateOnStart();
        services.AddOptions<PolicySettings>().BindConfiguration("Policy").ValidateOnStart();
        services.AddOptions<InboxSettings>().BindConfiguration("Inbox")
            .Validate(o => o.LeaseSeconds is > 0 and <= 86_400, "Inbox:LeaseSeconds must be between 1 and 86400.").ValidateOnStart();
        services.AddOptions<ConsoleSettings>().BindConfiguration("Console")
            .Validate(o => o.Burst > 0 && o.PerSecond > 0, "Console:Burst and Console:PerSecond must be positive whole numbers.").ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PolicySettings>>().Value.Path is { Length: > 0 } path
            ? PolicyYamlLoader.LoadFile(path)
            : PolicyYamlLoader.LoadDefault());
        services.AddSingleton(sp => LedgerStoreFactory.Create(sp.GetRequiredService<IOptions<LedgerSettings>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IRequestInbox>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IContactBook>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IStatsStore>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<ILedgerSearch>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton(sp => new ScorecardService(sp.GetRequiredService<IStatsStore>(),
            PromptVersions.Read(sp.GetRequiredService<IOptions<DraftingOptions>>().Value.PromptsDirectory)));
        services.AddSingleton<ChainStatus>();
        services.AddHostedService<LedgerInitializer>();

        services.AddChatOpsDrafting(o => o.PromptsDirectory = Path.Combine(AppContext.BaseDirectory, "prompts"));
        services.AddSingleton<IPostConfigureOptions<DraftingOptions>, ModelSettingsToDrafting>();

        services.AddSingleton<ApprovalService>();
        services.AddSingleton<ApprovalQueries>();
        services.AddTicketReaders(builder.Configuration);
        services.AddSingleton<EvidenceGatherer>();
        services.AddSingleton<IEvidenceGatherer, SampleEvidenceGatherer>();
        services.AddSingleton<DraftingFlow>();
        services.AddSingleton<ApprovalFlow>();
        services.AddSingleton<QueryFlow>();
        services.AddSingleton<ConversationCore>();

        services.AddWriteBackTargets(builder.Configuration);
        services.AddSingleton(sp => new OutboxWorker(sp.GetRequiredService<IOutbox>(), sp.GetServices<IWriteBackTarget>(), sp.GetRequiredService<ApprovalService>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<OutboxService>();
        services.AddSingleton<ConversationInbox>();
        services.AddSingleton<ConsoleThreads>();
        services.AddSingleton<IReplyChannel, ConsoleReplyChannel>();
        services.AddChatOpsSlack(builder.Configuration);
        services.AddSingleton<ISlackInbox, SlackInboxBridge>();
        services.AddSingleton<IReplyChannel, SlackReplyChannel>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<IThreadHistory, SlackThreadHistory>();
        services.AddSingleton<ThreadHistoryLoader>();
        services.AddTeamsChannel(builder.Configuration);
        services.AddHostedService<ConversationWorker>();
        services.AddHttpClient();
        services.AddHealthChecks()
            .AddCheck<LedgerHealthCheck>("ledger", tags: ["ready"])
            .AddCheck<ModelHealthCheck>("model", tags: ["ready"]);
        return builder;
    }
}
