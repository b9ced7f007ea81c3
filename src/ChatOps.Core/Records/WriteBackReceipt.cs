namespace ChatOps.Core.Records;

/// <summary>What the target says it holds now: its id for the posted text, a link, and whether it was there already.</summary>
public sealed record WriteBackReceipt(string ExternalId, string? Url, bool AlreadyPresent);
