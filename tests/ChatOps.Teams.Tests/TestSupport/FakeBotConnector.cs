using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>A loopback server that answers as the Bot Connector does (under a regional path) and records every call.</summary>
internal sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> failures = new();
    private LoopbackServer server = null!;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>The serviceUrl to hand the bot: with a regional path and no trailing slash, to prove both are handled.</summary>
    public string ServiceUrl => new Uri(server.BaseAddress, "amer").AbsoluteUri;

    public static async Task<FakeBotConnector> StartAsync()
    {
        var connector = new FakeBotConnector();
        connector.server = await LoopbackServer.StartAsync(app => app.Map("/amer/{**rest}", connector.HandleAsync));
        return connector;
    }

    /// <summary>The next calls answer with these statuses (429 carries Retry-After: 0) before the normal answer.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            failures.Enqueue(status);
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        Calls.Enqueue(new RecordedCall(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(), body));
        if (failures.TryDequeue(out var status))
        {
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "try later" } });
            return;
        }

        if (context.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(new { id = "a:1on1-conversation", activityId = "1", serviceUrl = ServiceUrl + "/" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = "1700000009999" });
    }
}
