using ChatOps.Core.Policy;
using ChatOps.Drafting;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>Says at start-up which model endpoints the host drafts on (never a key) what the policy will refuse or skip, and the endpoint names it allows that nothing configures.</summary>
internal sealed partial class ModelGatewayReport(IOptions<DraftingOptions> options, ChatOpsPolicy policy, ILogger<ModelGatewayReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (logger.IsEnabled(LogLevel.Information))
        {
            foreach (var e in settings.Endpoints)
            {
                var key = e.IsRemote ? string.IsNullOrEmpty(e.ApiKey) ? "no key" : "key set" : "no key needed";
                var address = e.BaseUrl?.GetLeftPart(UriPartial.Path) ?? "in process";
                var clearance = e.Clearance.ToString().ToLowerInvariant();
                LogEndpoint(logger, e.Name, e.Provider, e.Model, address, e.Owner, clearance, key);
            }
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            foreach (var note in PolicyEndpointCheck.Unconfigured(policy, settings))
            {
                LogNote(logger, note);
            }
        }

        foreach (var warning in PolicyEndpointCheck.Warnings(policy, settings))
        {
            LogWarning(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Model endpoint {Name}: {Provider} {Model} at {BaseUrl}, owner {Owner}, clearance {Clearance}, {Key}")]
    private static partial void LogEndpoint(ILogger logger, string name, string provider, string model, string baseUrl, string owner, string clearance, string key);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Model policy: {Note}")]
    private static partial void LogNote(ILogger logger, string note);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Model policy: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
