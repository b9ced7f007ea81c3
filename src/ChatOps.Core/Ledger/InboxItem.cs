namespace ChatOps.Core.Ledger;

/// <summary>A claimed request: its id for completion, its delivery key and content, and how often it was claimed.</summary>
public sealed record InboxItem(long Id, string DeliveryKey, string Payload, int Attempts);
