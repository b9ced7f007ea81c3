using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Host.Tests.Slack;

/// <summary>
/// A loopback server answering <c>POST /api/{method}</c> as the Slack Web API does; records every call. It keeps the
/// threads of one channel (messages the test says, and what the bot posts) for <c>conversations.replies</c>, answers
/// <c>auth.test</c> as the bot, and can answer a method 429 with Retry-After, or <c>ok:false</c>, to prove the bot copes.
/// </summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUser = "U0BOT";
    public const string BotId = "B0CHATOPS";
    public const string Workspace = "https://acme.slack.com/";

    // Slack's documented maximum page for conversations.replies.
    private const int MaxPage = 1000;

    private readonly ConcurrentQueue<(string Method, JsonObject Body)> calls = new();
    private readonly ConcurrentDictionary<string, int> rateLimitsLeft = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> refusalsLeft = new(StringComparer.Ordinal);
    private int refused;
    private readonly ConcurrentDictionary<string, List<JsonObject>> threads = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int ts;

    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>The members of each user group, as <c>usergroups.users.list</c> answers.</summary>
    public ConcurrentDictionary<string, string[]> UserGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>The display name of each member, as <c>users.info</c> answers; anyone else is <c>user_not_found</c>.</summary>
    public ConcurrentDictionary<string, string> DisplayNames { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Method, JsonObject Body)> Calls => [.. calls];

    /// <summary>The most messages one <c>conversations.replies</c> page holds (Slack gives non-Marketplace apps 15).</summary>
    public int RepliesPageCap { get; set; } = MaxPage;

    public static async Task<FakeSlackServer> StartAsync(int rateLimitFirstPosts = 0)
    {
        var fake = new FakeSlackServer();
        fake.RateLimit("chat.postMessage", rateLimitFirstPosts);
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

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> get 429 with <c>Retry-After: 1</c>.</summary>
    public void RateLimit(string method, int times) => rateLimitsLeft[method] = times;

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> are refused (<c>ok:false</c>, <c>internal_error</c>) and not recorded.</summary>
    public void Refuse(string method, int times) => refusalsLeft[method] = times;

    /// <summary>How many calls were refused so far.</summary>
    public int Refused => refused;

    /// <summary>How long the server takes before answering <c>chat.postMessage</c>, as a Slack having a slow day.</summary>
    public TimeSpan PostDelay { get; set; }

    /// <summary>Every call to <paramref name="method"/> gets <c>ok:false</c> with <paramref name="error"/>.</summary>
    public void Fail(string method, string error) => failures[method] = error;

    /// <summary>Someone says <paramref name="text"/> in the thread rooted at <paramref name="threadTs"/> (the root when the ts are equal).</summary>
    public void Say(string channel, string threadTs, string user, string text, string messageTs, string? botId = null)
    {
        var message = new JsonObject { ["type"] = "message", ["user"] = user, ["text"] = text, ["ts"] = messageTs, ["team"] = SignedSlack.Team };
        if (messageTs != threadTs)
        {
            message["thread_ts"] = threadTs;
        }

        if (botId is not null)
        {
            message["bot_id"] = botId;
        }

        var thread = threads.GetOrAdd($"{channel}/{threadTs}", _ => []);
        lock (thread)
        {
            thread.Add(message);
            thread.Sort((a, b) => decimal.Parse(a["ts"]!.GetValue<string>(), CultureInfo.InvariantCulture).CompareTo(decimal.Parse(b["ts"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
        }
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
        if (method == "chat.postMessage" && PostDelay > TimeSpan.Zero)
        {
            await Task.Delay(PostDelay);
        }

        if (rateLimitsLeft.TryGetValue(method, out _) && rateLimitsLeft.AddOrUpdate(method, 0, (_, left) => left - 1) >= 0)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsync("""{"ok":false,"error":"ratelimited"}""");
            return;
        }

        if (refusalsLeft.TryGetValue(method, out _) && refusalsLeft.AddOrUpdate(method, 0, (_, left) => left - 1) >= 0)
        {
            Interlocked.Increment(ref refused);
            await context.Response.WriteAsync("""{"ok":false,"error":"internal_error"}""");
            return;
        }

        var body = text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : Form(text);
        calls.Enqueue((method, body));
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer xoxb-", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync("""{"ok":false,"error":"not_authed"}""");
            return;
        }

        if (failures.TryGetValue(method, out var error))
        {
            await context.Response.WriteAsync(new JsonObject { ["ok"] = false, ["error"] = error, ["needed"] = "channels:history", ["provided"] = "chat:write" }.ToJsonString());
            return;
        }

        var stamp = $"1790000{Interlocked.Increment(ref ts).ToString("D3", CultureInfo.InvariantCulture)}.000100";
        await context.Response.WriteAsync(method switch
        {
            "chat.postEphemeral" => $$"""{"ok":true,"message_ts":"{{stamp}}"}""",
            "auth.test" => new JsonObject
            {
                ["ok"] = true, ["url"] = Workspace, ["team"] = "Acme", ["user"] = "chatops", ["team_id"] = SignedSlack.Team, ["user_id"] = BotUser, ["bot_id"] = BotId,
            }.ToJsonString(),
            "conversations.replies" => Replies(body),
            "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + (body["users"]?.GetValue<string>() ?? "UNKNOWN") } }.ToJsonString(),
            "usergroups.users.list" => new JsonObject { ["ok"] = true, ["users"] = new JsonArray([.. (UserGroups.TryGetValue(body["usergroup"]?.GetValue<string>() ?? "", out var members) ? members : []).Select(m => (JsonNode)m)]) }.ToJsonString(),
            "users.info" => UserInfo(body["user"]?.GetValue<string>() ?? ""),
            "chat.postMessage" => Posted(body, stamp),
            _ => Message(stamp),
        });
    }

    private string UserInfo(string user) => DisplayNames.TryGetValue(user, out var shown)
        ? new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = user, ["name"] = shown.ToLowerInvariant(), ["profile"] = new JsonObject { ["display_name"] = shown, ["real_name"] = shown } } }.ToJsonString()
        : new JsonObject { ["ok"] = false, ["error"] = "user_not_found" }.ToJsonString();

    /// <summary>The ts given to each <c>chat.postMessage</c>, in the order of the calls.</summary>
    public IReadOnlyList<string> PostedTs => [.. postedTs];

    private readonly ConcurrentQueue<string> postedTs = new();

    // What the bot posts in a thread is in that thread's history from then on, as in Slack.
    private string Posted(JsonObject body, string stamp)
    {
        postedTs.Enqueue(stamp);
        if (body["channel"]?.GetValue<string>() is { } channel && body["thread_ts"]?.GetValue<string>() is { } thread)
        {
            Say(channel, thread, BotUser, body["text"]?.GetValue<string>() ?? string.Empty, stamp, BotId);
        }

        return Message(stamp, body["channel"]?.GetValue<string>());
    }

    // Slack answers with the channel the message went to (a DM's D… id for a direct message).
    private static string Message(string stamp, string? channel = null) =>
        new JsonObject { ["ok"] = true, ["channel"] = channel ?? SignedSlack.Channel, ["ts"] = stamp, ["message"] = new JsonObject { ["type"] = "message", ["text"] = "posted" } }.ToJsonString();

    // conversations.replies: the thread root first, then replies, a page of `limit` at a time, the rest behind an opaque cursor.
    private string Replies(JsonObject form)
    {
        var channel = form["channel"]?.GetValue<string>();
        var root = form["ts"]?.GetValue<string>();
        if (channel is null || root is null)
        {
            return """{"ok":false,"error":"invalid_arguments"}""";
        }

        if (!threads.TryGetValue($"{channel}/{root}", out var thread))
        {
            return """{"ok":false,"error":"thread_not_found"}""";
        }

        var limit = int.TryParse(form["limit"]?.GetValue<string>(), CultureInfo.InvariantCulture, out var asked) && asked > 0 ? asked : MaxPage;
        var size = Math.Min(Math.Min(limit, MaxPage), RepliesPageCap);
        var from = form["cursor"]?.GetValue<string>() is { Length: > 0 } cursor
            ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':')[1], CultureInfo.InvariantCulture)
            : 0;
        JsonObject[] page;
        int total;
        lock (thread)
        {
            total = thread.Count;
            page = thread.Skip(from).Take(size).Select(m => m.DeepClone().AsObject()).ToArray();
        }

        var more = from + size < total;
        if (from == 0 && page.Length > 0)
        {
            page[0]["reply_count"] = total - 1;
        }

        return new JsonObject
        {
            ["ok"] = true,
            ["messages"] = new JsonArray([.. page]),
            ["has_more"] = more,
            ["response_metadata"] = new JsonObject { ["next_cursor"] = more ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{from + size}")) : string.Empty },
        }.ToJsonString();
    }

    private static JsonObject Form(string text)
    {
        var form = new JsonObject();
        foreach (var (name, value) in QueryHelpers.ParseQuery(text))
        {
            form[name] = value.ToString();
        }

        return form;
    }
}
