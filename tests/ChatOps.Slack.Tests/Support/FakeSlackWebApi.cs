using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Slack.Tests.Support;

/// <summary>A loopback server that answers <c>POST /api/{method}</c> as the Slack Web API does, and records every call.</summary>
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackAnswer>> _script = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly TimeProvider _time;
    private LoopbackServer? _server;

    private FakeSlackWebApi(TimeProvider time) => _time = time;

    /// <summary>The base address to configure as <c>Slack:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl => new(_server!.Address, "api/");

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    /// <summary>Completes each time a call arrives; tests await it instead of sleeping.</summary>
    public event Action<FakeSlackCall>? Received;

    public static async Task<FakeSlackWebApi> StartAsync(TimeProvider time, CancellationToken cancellationToken = default)
    {
        var api = new FakeSlackWebApi(time);
        api._server = await LoopbackServer.StartAsync(_ => { }, app => app.MapPost("/api/{method}", api.AnswerAsync), cancellationToken);
        return api;
    }

    /// <summary>Queues the next answers for a method; when the queue is empty the method succeeds as Slack would.</summary>
    public void Script(string method, params FakeSlackAnswer[] answers)
    {
        var queue = _script.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>A task that completes when the <paramref name="count"/>-th call to <paramref name="method"/> has arrived.</summary>
    public Task<FakeSlackCall> WaitForCallAsync(string method, int count)
    {
        var done = new TaskCompletionSource<FakeSlackCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(FakeSlackCall _)
        {
            var calls = Calls.Where(c => c.Method == method).ToList();
            if (calls.Count >= count)
            {
                done.TrySetResult(calls[count - 1]);
            }
        }

        Received += Check;
        Check(null!);
        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var call = new FakeSlackCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? string.Empty, body, _time.GetUtcNow());
        _calls.Enqueue(call);
        var answer = _script.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : FakeSlackAnswer.Success(method);
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.Json, context.RequestAborted);
        Received?.Invoke(call);
    }
}
