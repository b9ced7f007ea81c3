using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Host.Tests.Slack;

/// <summary>A loopback server answering <c>POST /api/{method}</c> as the Slack Web API does; records every call. The first
/// <c>chat.postMessage</c> can be answered 429 with Retry-After to prove the bot waits it out.</summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Method, JsonObject Body)> calls = new();
    private WebApplication? app;
    private int ts;
    private int rateLimitsLeft;

    public Uri ApiBaseUrl { get; private set; } = null!;

    public IReadOnlyList<(string Method, JsonObject Body)> Calls => [.. calls];

    public static async Task<FakeSlackServer> StartAsync(int rateLimitFirstPosts = 0)
    {
        var fake = new FakeSlackServer { rateLimitsLeft = rateLimitFirstPosts };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        fake.app = builder.Build();
        fake.app.MapPost("/api/{method}", fake.AnswerAsync);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    public IReadOnlyList<JsonObject> Bodies(string method) => Calls.Where(c => c.Method == method).Select(c => c.Body).ToList();

    public async Task<IReadOnlyList<JsonObject>> WaitForAsync(string method, int count)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var bodies = Bodies(method);
            if (bodies.Count >= count)
            {
                return bodies;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Slack did not receive {count} {method} calls; it got {Bodies(method).Count}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        context.Response.ContentType = "application/json; charset=utf-8";
        if (method == "chat.postMessage" && Interlocked.Decrement(ref rateLimitsLeft) >= 0)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsync("""{"ok":false,"error":"ratelimited"}""");
            return;
        }

        var body = text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : new JsonObject { ["form"] = text };
        calls.Enqueue((method, body));
        var stamp = $"1790000{Interlocked.Increment(ref ts).ToString("D3", CultureInfo.InvariantCulture)}.000100";
        await context.Response.WriteAsync(method switch
        {
            "chat.postEphemeral" => $$"""{"ok":true,"message_ts":"{{stamp}}"}""",
            _ => new JsonObject { ["ok"] = true, ["channel"] = "C0INCIDENT", ["ts"] = stamp, ["message"] = new JsonObject { ["type"] = "message", ["text"] = "posted" } }.ToJsonString(),
        });
    }
}
