using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Host.Health;

/// <summary><c>GET /health/models</c>: each model endpoint by name with its state, provider, model, address, owner and clearance (never a key).</summary>
internal static class ModelHealthResponse
{
    public static HealthCheckOptions Options { get; } = new()
    {
        Predicate = check => check.Tags.Contains(ModelEndpointsHealthCheck.Tag),
        ResponseWriter = WriteAsync,
        // Degraded (an endpoint down) still answers 200: the host serves everything but that endpoint's drafts.
        ResultStatusCodes = { [HealthStatus.Healthy] = 200, [HealthStatus.Degraded] = 200, [HealthStatus.Unhealthy] = 503 },
    };

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var entry = report.Entries.Values.FirstOrDefault();
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteString("summary", entry.Description);
        writer.WriteStartObject("endpoints");
        foreach (var (name, value) in entry.Data ?? new Dictionary<string, object>())
        {
            writer.WriteString(name, value?.ToString());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
