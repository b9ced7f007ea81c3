using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Ledger;

namespace ChatOps.Host.Jobs;

/// <summary>Accepts requests from channels into the durable inbox (the ledger's database) and wakes the worker.</summary>
public sealed class ConversationInbox(IRequestInbox store, TimeProvider time) : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim signal = new(0);

    /// <summary>Keeps the request; false when the same delivery was already accepted (a retry), so it runs once.</summary>
    public async Task<bool> EnqueueAsync(ConversationWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var added = await store.EnqueueRequestAsync(new InboxRequest(work.DeliveryKey, JsonSerializer.Serialize(work, Json), time.GetUtcNow()), cancellationToken);
        signal.Release();
        return added;
    }

    /// <summary>Waits until a request is enqueued in this process or <paramref name="poll"/> passes (other instances enqueue too).</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken) => signal.WaitAsync(poll, cancellationToken);

    public void Dispose() => signal.Dispose();
}
