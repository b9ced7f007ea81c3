namespace ChatOps.Core.Ledger;

/// <summary>A request to keep until it is handled: its delivery key (unique per delivery) and its serialized content.</summary>
public sealed record InboxRequest(string DeliveryKey, string Payload, DateTimeOffset ReceivedAt);
