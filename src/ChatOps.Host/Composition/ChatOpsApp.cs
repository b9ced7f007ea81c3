using ChatOps.Host.Console;
using ChatOps.Host.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatOps.Host.Composition;

/// <summary>Builds the whole host; Program runs it, tests start it on a free loopback port.</summary>
public static class ChatOpsApp
{
    /// <param name="args">Command-line configuration, as <c>--Key value</c> pairs.</param>
    /// <param name="configure">Changes to the builder before it is built; tests use it to trust their loopback TLS servers.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is the app folder, so the console page and settings are found wherever the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddChatOpsHost();
        configure?.Invoke(builder);

        builder.Services.AddSingleton(SettingsTypes.From(builder.Services));
        var app = builder.Build();

        // Slack's events, the one hot path, are answered ahead of routing; everything else is routed.
        app.UseSlackEvents();
        app.UseRouting();

        // The console's page is served under the same rule as its API: on, and asked for directly on this machine.
        // The rule is a singleton, taken once: read from each request's services it made a service scope for every
        // request, a Slack event's included.
        var consoleAccess = app.Services.GetRequiredService<ConsoleAccess>();
        app.UseWhen(consoleAccess.Serves, console =>
        {
            console.UseDefaultFiles();
            console.UseStaticFiles();
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapHealthChecks("/health/models", ModelHealthResponse.Options);
        app.MapConsole();
        app.MapSlack();
        app.MapTeams();
        return app;
    }
}
