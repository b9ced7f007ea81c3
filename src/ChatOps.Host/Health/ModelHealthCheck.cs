using ChatOps.Host.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Health;

/// <summary>Ready only when the model answers: the offline drafter always does; an OpenAI-compatible endpoint must answer HTTP.</summary>
internal sealed class ModelHealthCheck(IOptions<ModelSettings> settings, IHttpClientFactory clients) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var model = settings.Value;
        if (model.Provider != "openai" || model.Endpoint is null)
        {
            return HealthCheckResult.Healthy("offline drafter");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            // Any HTTP answer (even 401) proves the endpoint is reachable; the key is not sent to a health probe.
            using var response = await clients.CreateClient(nameof(ModelHealthCheck)).GetAsync(new Uri(model.Endpoint, "models"), timeout.Token);
            return HealthCheckResult.Healthy($"model endpoint answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the model endpoint {model.Endpoint.Host} does not answer");
        }
    }
}
