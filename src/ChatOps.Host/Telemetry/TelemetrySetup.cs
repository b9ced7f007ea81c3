using ChatOps.Core.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatOps.Host.Telemetry;

/// <summary>OpenTelemetry for the host: our spans and meters, Semantic Kernel's, ASP.NET Core's and HttpClient's; OTLP when configured.</summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddChatOpsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Collect only when an OTLP endpoint is configured (the standard variable), so the embedded default sends
        // nothing and spends nothing: with no exporter, every request would still record spans and metrics for no one.
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(ChatOpsDiagnostics.Name, "Microsoft.SemanticKernel*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(ChatOpsDiagnostics.Name, "Microsoft.SemanticKernel*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}
