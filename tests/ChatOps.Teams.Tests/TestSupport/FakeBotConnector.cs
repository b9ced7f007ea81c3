using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>A loopback server that answers as the Bot Connector does (under a regional path) and records every call.</summary>
internal sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> failures = new();
    private LoopbackServer server = null!;
    private long nextActivity = 1700000010000;

    /// <summary>The conversation's members, served by <c>GET …/pagedmembers</c> in pages of <see cref="MembersPageSize"/>.</summary>
    public ConcurrentQueue<object> Members { get; } = new();

    /// <summary>When set, <c>GET …/pagedmembers</c> answers this status with an error body, as a Connector that refuses the bot does.</summary>
    public int? MembersStatus { get; set; }

    /// <summary>How many members one page holds, whatever the bot asks for (to prove the bot follows continuation tokens).</summary>
    public int MembersPageSize { get; set; } = 2;

    /// <summary>
    /// When true, every posted activity gets its own id and every 1:1 chat its own conversation
    /// (<c>a:1on1-&lt;user id&gt;</c>), as Teams does; otherwise every post answers <c>1700000009999</c>.
    /// </summary>
    public bool DistinctIds { get; set; }

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>The id answered to each post (with <see cref="DistinctIds"/>), by the call that posted it.</summary>
    public ConcurrentDictionary<RecordedCall, string> PostedIds { get; } = new(ReferenceEqualityComparer.Instance);

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
        var call = new RecordedCall(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(), body);
        Calls.Enqueue(call);
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

        if (context.Request.Method == "GET" && context.Request.Path.Value!.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            if (MembersStatus is { } refused)
            {
                context.Response.StatusCode = refused;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "BotNotInConversationRoster", message = "The bot is not part of the conversation roster." } });
                return;
            }

            var all = Members.ToArray();
            var from = int.TryParse(context.Request.Query["continuationToken"], out var start) ? start : 0;
            var page = all.Skip(from).Take(MembersPageSize).ToArray();
            var next = from + page.Length < all.Length ? (from + page.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            await context.Response.WriteAsJsonAsync(new { continuationToken = next, members = page });
            return;
        }

        if (context.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            var member = DistinctIds ? System.Text.Json.Nodes.JsonNode.Parse(body)?["members"]?[0]?["id"]?.GetValue<string>() : null;
            await context.Response.WriteAsJsonAsync(new { id = member is null ? "a:1on1-conversation" : $"a:1on1-{member}", activityId = "1", serviceUrl = ServiceUrl + "/" });
            return;
        }

        var id = DistinctIds && context.Request.Method == "POST"
            ? Interlocked.Increment(ref nextActivity).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "1700000009999";
        PostedIds[call] = id;
        await context.Response.WriteAsJsonAsync(new { id });
    }
}
