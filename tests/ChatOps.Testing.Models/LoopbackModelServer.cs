using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ChatOps.Testing.Models;

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks chat completions the way OpenAI (or Azure OpenAI's v1 surface) does.
/// It checks every request against the documented protocol (method, path, JSON content type, the key in the right
/// header, a body with a model and messages), answers a request that breaks it the way the real service would
/// (404, 401, 400) and notes the problem, and answers a well-formed request from its script.
/// </summary>
public sealed class LoopbackModelServer : IAsyncDisposable
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool"];

    private readonly HttpListener listener = new();
    private readonly IReplyScript script;
    private readonly ModelApi api;
    private readonly string? apiKey;
    private readonly string basePath;
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly ConcurrentQueue<string> problems = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int completions;

    public LoopbackModelServer(IReplyScript script, ModelApi api = ModelApi.OpenAI, string? apiKey = null, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(script);
        this.script = script;
        this.api = api;
        this.apiKey = apiKey;
        basePath = api == ModelApi.AzureOpenAI ? "/openai/v1/" : "/v1/";
        for (var attempt = 0; ; attempt++)
        {
            var candidate = port == 0 ? FreePort() : port;
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{candidate}/");
            try
            {
                listener.Start();
                BaseAddress = new Uri($"http://127.0.0.1:{candidate}{basePath}");
                break;
            }
            catch (HttpListenerException) when (port == 0 && attempt < 5)
            {
                // Another process took the free port between the probe and the start; pick another.
            }
        }

        loop = Task.Run(ServeAsync);
    }

    /// <summary>An OpenAI-compatible server that plays <paramref name="replies"/> in order (the last repeats).</summary>
    public static LoopbackModelServer Start(params ScriptedReply[] replies) => new(new SequenceScript(replies));

    /// <summary>The base URL a client is configured with (ends in <c>/v1/</c> or <c>/openai/v1/</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Chat-completions requests received, well-formed or not: the count that proves nothing (or how much) was sent.</summary>
    public int RequestCount => Volatile.Read(ref completions);

    /// <summary>Every request received, in arrival order (health probes included).</summary>
    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    /// <summary>The chat-completions requests received, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Completions => [.. received.Where(r => r.PathAndQuery.EndsWith("chat/completions", StringComparison.Ordinal))];

    /// <summary>Every way a request broke the protocol; empty when the client spoke it correctly.</summary>
    public IReadOnlyList<string> Problems => [.. problems];

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        // Close alone: a Stop before it unregisters the endpoint, and Close's own unregistering then binds the port
        // again to find it ("Address already in use" when another test has taken the port meanwhile).
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // The listener was closed under a pending accept; that is how the loop ends.
        }

        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var context = await listener.GetContextAsync();
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var headers = request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        var path = request.Url!.PathAndQuery;
        received.Enqueue(new ReceivedRequest(request.HttpMethod, path, headers, body));
        try
        {
            if (request.HttpMethod == "GET" && request.Url.AbsolutePath == basePath + "models")
            {
                await WriteAsync(context.Response, new ScriptedReply(200, """{"object":"list","data":[]}"""), "");
                return;
            }

            if (request.Url.AbsolutePath != basePath + "chat/completions")
            {
                await RefuseAsync(context.Response, 404, $"{request.HttpMethod} {path}: not the {api} chat-completions path {basePath}chat/completions");
                return;
            }

            Interlocked.Increment(ref completions);
            if (Check(request, body, out var model) is { } problem)
            {
                await RefuseAsync(context.Response, problem.Status, problem.Message);
                return;
            }

            var reply = script.ReplyTo(model, body);
            if (reply is null)
            {
                await RefuseAsync(context.Response, 400, $"no scripted reply for a request to model '{model}'");
                return;
            }

            if (reply.Hang)
            {
                await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await WriteAsync(context.Response, reply, model);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (its timeout fired) or the server stopped before the reply; nothing to answer.
        }
    }

    private (int Status, string Message)? Check(HttpListenerRequest request, string body, out string model)
    {
        model = "";
        if (request.HttpMethod != "POST")
        {
            return (405, $"{request.HttpMethod} on chat/completions; the API takes POST");
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (415, $"content type '{request.ContentType}'; the API takes application/json");
        }

        if (AuthProblem(request) is { } auth)
        {
            return (401, auth);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!root.TryGetProperty("model", out var m) || m.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(m.GetString()))
            {
                return (400, "the body has no model");
            }

            model = m.GetString()!;
            if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
            {
                return (400, "the body has no messages");
            }

            foreach (var message in messages.EnumerateArray())
            {
                if (!message.TryGetProperty("role", out var role) || !Roles.Contains(role.GetString()) || !message.TryGetProperty("content", out _))
                {
                    return (400, $"a message without a known role and content: {message}");
                }
            }
        }
        catch (JsonException ex)
        {
            return (400, $"the body is not JSON ({ex.Message})");
        }

        return null;
    }

    private string? AuthProblem(HttpListenerRequest request)
    {
        var bearer = request.Headers["Authorization"];
        var key = request.Headers["api-key"];
        if (api == ModelApi.AzureOpenAI)
        {
            if (bearer is not null)
            {
                return "Azure OpenAI with a key takes it in the api-key header, not Authorization";
            }

            return apiKey is not null && key != apiKey ? "the api-key header does not hold the configured key" : null;
        }

        return apiKey is not null && bearer != "Bearer " + apiKey ? "the Authorization header does not hold 'Bearer <the configured key>'" : null;
    }

    private async Task RefuseAsync(HttpListenerResponse response, int status, string problem)
    {
        problems.Enqueue(problem);
        await WriteAsync(response, new ScriptedReply(status, JsonSerializer.Serialize(new { error = new { message = problem, type = "invalid_request_error" } })), "");
    }

    private static Task WriteAsync(HttpListenerResponse response, ScriptedReply reply, string model)
    {
        response.StatusCode = reply.Status;
        response.ContentType = "application/json";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        // One write with the length known, so the reply leaves in one segment (no wait for a delayed ACK on loopback).
        var bytes = Encoding.UTF8.GetBytes(reply.Body.Replace(ScriptedReply.ModelPlaceholder, model, StringComparison.Ordinal));
        response.ContentLength64 = bytes.Length;
        response.Close(bytes, willBlock: false);
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
