using ChatOps.Core.Conversations;

namespace ChatOps.Host.Jobs;

/// <summary>Reads a ledger thread key (<c>channel/conversation/thread</c>) back into a conversation reference.</summary>
internal static class ThreadKeys
{
    public static ConversationRef? Parse(string threadKey)
    {
        var first = threadKey.IndexOf('/', StringComparison.Ordinal);
        var last = threadKey.LastIndexOf('/');
        return first <= 0 || last <= first ? null : new ConversationRef(threadKey[..first], threadKey[(first + 1)..last], threadKey[(last + 1)..]);
    }
}
