using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ChatOps.Drafting.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 that speaks OpenAI chat completions and plays scripted replies in order (the last one repeats).</summary>
internal sealed class LoopbackOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ScriptedReply[] script;
    private readonly ConcurrentQueue<string> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int served;

    public LoopbackOpenAIServer(params ScriptedReply[] script)
    {
        this.script = script;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/v1/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public int RequestCount => requests.Count;

    /// <summary>The JSON bodies of every chat-completions request, in arrival order.</summary>
    public IReadOnlyList<JsonDocument> Requests => requests.Select(r => JsonDocument.Parse(r)).ToArray();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
            // The listener was closed under a pending accept; that is how the loop ends.
        }
        catch (ObjectDisposedException)
        {
            // Same as above on some platforms.
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
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (!context.Request.Url!.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            context.Response.Close();
            return;
        }

        requests.Enqueue(body);
        var reply = script[Math.Min(Interlocked.Increment(ref served) - 1, script.Length - 1)];
        try
        {
            if (reply.Hang)
            {
                await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The client gave up (its timeout fired) before the scripted reply; nothing to answer.
        }
        catch (ObjectDisposedException)
        {
            // The server was disposed while a silent reply was pending.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
