using ChatOps.Core.Conversations;

namespace ChatOps.Host.Jobs;

/// <summary>A message with the thread so far added, and whether the thread was wanted but could not be read.</summary>
internal sealed record ThreadHistoryLoad(IncomingMessage Message, bool Unavailable);
