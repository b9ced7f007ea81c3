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
        var builder = services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(ChatOpsDiagnostics.Name, "Microsoft.SemanticKernel*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(ChatOpsDiagnostics.Name, "Microsoft.SemanticKernel*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());

        // Export only when an OTLP endpoint is configured (the standard variable), so the embedded default sends nothing.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.UseOtlpExporter();
        }

        return services;
    }
}
