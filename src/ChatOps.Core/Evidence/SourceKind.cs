namespace ChatOps.Core.Evidence;

/// <summary>What kind of primary artifact a source is; the timeline rule trusts only some kinds.</summary>
public enum SourceKind
{
    Ticket,
    LogQuery,
    Deploy,
    Dashboard,
    Doc,
    ChatMessage,
    Statement,
    Web,
}
