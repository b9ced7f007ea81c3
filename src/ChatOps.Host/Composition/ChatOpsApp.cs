using ChatOps.Host.Console;
using ChatOps.Slack;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatOps.Host.Composition;

/// <summary>Builds the whole host; Program runs it, tests start it on a free loopback port.</summary>
public static class ChatOpsApp
{
    public static WebApplication Build(string[] args)
    {
        // The content root is the app folder, so the console page and settings are found wherever the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddChatOpsHost();

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapConsole();
        app.MapSlack();
        return app;
    }
}
