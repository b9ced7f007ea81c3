using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Records.Tests.Fakes;

/// <summary>
/// A receiver that does what docs/policy.md asks of one: recompute the HMAC-SHA256 over "v1:{timestamp}:{body}",
/// compare in constant time, refuse stale timestamps (401), and answer 409 to a key it already has.
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    private readonly string secret;
    private readonly Func<DateTimeOffset> now;
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly Queue<int> failures = new();

    public FakeWebhookReceiver(string secret, Func<DateTimeOffset> now)
    {
        this.secret = secret;
        this.now = now;
        Server = LoopbackServer.Start(Handle);
    }

    public LoopbackServer Server { get; }

    public List<string> Delivered { get; } = [];

    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            failures.Enqueue(status);
        }
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private LoopbackResponse Handle(LoopbackRequest request)
    {
        lock (keys)
        {
            if (failures.TryDequeue(out var failure))
            {
                return new LoopbackResponse(failure);
            }

            var timestamp = request.Header("X-ChatOps-Timestamp") ?? string.Empty;
            var prefix = Encoding.UTF8.GetBytes($"v1:{timestamp}:");
            var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), prefix.Concat(request.Body).ToArray()));
            var fresh = long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                && Math.Abs((now() - DateTimeOffset.FromUnixTimeSeconds(seconds)).TotalMinutes) <= 5;
            if (!fresh || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Header("X-ChatOps-Signature") ?? string.Empty)))
            {
                return new LoopbackResponse(401, """{"error":"bad signature"}""");
            }

            var key = request.Header("Idempotency-Key") ?? string.Empty;
            if (!keys.Add(key))
            {
                return new LoopbackResponse(409, """{"error":"already received"}""");
            }

            Delivered.Add(request.BodyText);
            return new LoopbackResponse(201, $$"""{"id":"rcpt-{{keys.Count}}"}""");
        }
    }
}
