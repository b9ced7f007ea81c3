using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatOps.Records.Tests.Fakes;

/// <summary>A real HTTP server on 127.0.0.1 and a free port, answering through a handler; it keeps every request it saw.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly Func<LoopbackRequest, LoopbackResponse> handler;
    private readonly Task loop;
    private readonly List<LoopbackRequest> requests = [];

    private LoopbackServer(HttpListener listener, Uri address, Func<LoopbackRequest, LoopbackResponse> handler)
    {
        this.listener = listener;
        this.handler = handler;
        BaseAddress = address;
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<LoopbackRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    public static LoopbackServer Start(Func<LoopbackRequest, LoopbackResponse> handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return new LoopbackServer(listener, address, handler);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding; try another.
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone: a Stop before it unregisters the endpoint, and Close's own unregistering then binds the port
        // again to find it ("Address already in use" when another test has taken the port meanwhile).
        listener.Close();
        await loop;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            var request = new LoopbackRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Url.Query, headers, body.ToArray());
            lock (requests)
            {
                requests.Add(request);
            }

            var response = handler(request);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (response.Json is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(response.Json);
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
