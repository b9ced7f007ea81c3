using System.Collections.Concurrent;
using ChatOps.Core.Drafting;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting.Cost;

/// <summary>Returns the earlier result for an identical (prompt version, model, evidence, request) within the configured TTL.</summary>
internal sealed class DraftCache(IOptions<DraftingOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, (DraftResult Result, DateTimeOffset Expires)> entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out DraftResult? result)
    {
        result = null;
        if (!entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        if (entry.Expires <= timeProvider.GetUtcNow())
        {
            entries.TryRemove(key, out _);
            return false;
        }

        result = entry.Result;
        return true;
    }

    public void Set(string key, DraftResult result)
    {
        var ttl = options.Value.CacheTtl;
        if (ttl > TimeSpan.Zero)
        {
            entries[key] = (result, timeProvider.GetUtcNow() + ttl);
        }
    }
}
