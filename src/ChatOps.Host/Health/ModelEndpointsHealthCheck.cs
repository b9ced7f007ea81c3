using ChatOps.Drafting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Health;

/// <summary>
/// Each model endpoint's state: the offline drafter always answers; a remote endpoint must answer HTTP on its models
/// list (any status proves it is reachable; the key is never sent to a probe). An endpoint that does not answer makes
/// the host degraded, not unready: approvals, questions and the offline drafter still work.
/// </summary>
internal sealed class ModelEndpointsHealthCheck(IOptions<DraftingOptions> options, IHttpClientFactory clients) : IHealthCheck
{
    public const string Tag = "models";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoints = options.Value.Endpoints;
        var states = await Task.WhenAll(endpoints.Select(e => ProbeAsync(e, cancellationToken)));
        var data = endpoints.Zip(states).ToDictionary(p => p.First.Name, p => (object)p.Second.Describe(p.First), StringComparer.Ordinal);
        var down = endpoints.Zip(states).Where(p => !p.Second.Reachable).Select(p => p.First.Name).ToArray();
        return down.Length == 0
            ? HealthCheckResult.Healthy($"{endpoints.Count} model endpoint(s) answer", data)
            : HealthCheckResult.Degraded($"model endpoint(s) not answering: {string.Join(", ", down)}", data: data);
    }

    private async Task<EndpointState> ProbeAsync(ModelEndpointOptions endpoint, CancellationToken cancellationToken)
    {
        if (!endpoint.IsRemote || endpoint.BaseUrl is null)
        {
            return new EndpointState(true, "in process");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await clients.CreateClient(nameof(ModelEndpointsHealthCheck)).GetAsync(new Uri(endpoint.BaseUrl, "models"), timeout.Token);
            return new EndpointState(true, $"answered HTTP {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return new EndpointState(false, ex is OperationCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : "does not answer");
        }
    }

    private sealed record EndpointState(bool Reachable, string Detail)
    {
        public string Describe(ModelEndpointOptions e) =>
            $"{(Reachable ? "up" : "down")}: {Detail}; {e.Provider} {e.Model}{(e.BaseUrl is null ? "" : $" at {e.BaseUrl.GetLeftPart(UriPartial.Path)}")}, " +
            $"owner {e.Owner}, clearance {e.Clearance.ToString().ToLowerInvariant()}";
    }
}
