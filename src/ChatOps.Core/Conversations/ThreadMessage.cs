namespace ChatOps.Core.Conversations;

/// <summary>A message earlier in the thread; it becomes a <c>chat-message</c> source when a draft is gathered.</summary>
public sealed record ThreadMessage(string Author, DateTimeOffset At, string Text, string? Permalink);
