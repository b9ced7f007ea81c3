namespace ChatOps.Records.Tests.Fakes;

/// <summary>What the loopback server answers: a status, an optional JSON body and extra headers.</summary>
public sealed record LoopbackResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null);
