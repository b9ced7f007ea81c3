using System.Text.Json.Serialization;

namespace ChatOps.Core.Conversations;

/// <summary>Where a message was said: a channel (slack, teams, console), a conversation in it, and the thread.</summary>
public sealed record ConversationRef(string Channel, string ConversationId, string ThreadId)
{
    /// <summary>The thread as the ledger keys it: <c>channel/conversation/thread</c>.</summary>
    /// <remarks>Not written: it is made from the three parts on reading, as it always was (rows that hold it read the same).</remarks>
    [JsonIgnore]
    public string ThreadKey => $"{Channel}/{ConversationId}/{ThreadId}";
}
