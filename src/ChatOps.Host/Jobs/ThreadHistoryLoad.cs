using ChatOps.Core.Channels;

namespace ChatOps.Host.Jobs;

/// <summary>A request with the thread so far added, and whether the thread was wanted but could not be read.</summary>
internal sealed record ThreadHistoryLoad(ConversationWork Work, bool Unavailable);
