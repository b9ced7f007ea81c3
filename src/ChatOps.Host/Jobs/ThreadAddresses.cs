using System.Collections.Concurrent;
using System.Text.Json;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Jobs;
using ChatOps.Core.Policy;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Where each thread can be answered later (a Teams thread needs its serviceUrl and tenant, which only its own
/// activities carry): remembered in the place book whenever a request from the thread is handled.
/// </summary>
public sealed class ThreadAddresses(IPlaceBook book)
{
    private readonly ConcurrentDictionary<string, ReplyAddress> known = new(StringComparer.Ordinal);

    public async Task SaveAsync(string threadKey, ReplyAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var thread = address with { MessageId = null, RequestMessageId = null, Actor = string.Empty };
        if (known.TryGetValue(threadKey, out var cached) && cached == thread)
        {
            return;
        }

        await book.SavePlaceAsync(Scope(threadKey), string.Empty, JsonSerializer.Serialize(thread, JobJsonContext.Default.ReplyAddress), cancellationToken);
        known[threadKey] = thread;
    }

    /// <summary>The thread's address, or null when no request from it was ever handled (and the channel cannot derive it).</summary>
    public async Task<ReplyAddress?> FindAsync(string threadKey, CancellationToken cancellationToken = default)
    {
        if (known.TryGetValue(threadKey, out var cached))
        {
            return cached;
        }

        var stored = await book.FindPlacesAsync(Scope(threadKey), cancellationToken);
        if (stored.Count > 0 && JsonSerializer.Deserialize(stored[^1], JobJsonContext.Default.ReplyAddress) is { } address)
        {
            return known[threadKey] = address;
        }

        // Console and Slack threads are addressed by their key alone.
        return ThreadKeys.Parse(threadKey) is { Channel: ChannelIdentity.Console or ChannelIdentity.Slack } where
            ? new ReplyAddress(where.Channel, where.ConversationId, where.ThreadId, null, string.Empty)
            : null;
    }

    private static string Scope(string threadKey) => "thread:" + threadKey;
}
