using ChatOps.Core.Records;

namespace ChatOps.Records.Tests;

/// <summary>Write-back requests as the approval flow makes them.</summary>
internal static class Requests
{
    public static WriteBackRequest For(string ticket, params (string Key, string Value)[] settings) => new(
        "wb:d1:abc123",
        "d1",
        "customer-update",
        ticket,
        "slack/C1/1700000000.000100",
        "abc123def4567890",
        "The outage ended at 10:42 UTC [S1].\n\nWe will send the postmortem by Friday [S2].",
        [new TrailEntry("bob", "2026-01-05T09:00:00.0000000Z", "abc123def4567890")],
        [new SourceLink("S1", "ticket", "https://tickets.example/SUP-1"), new SourceLink("S2", "doc", null)],
        settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
}
