using ChatOps.Core.Conversations;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Tests.Conversations;

public sealed class EvidenceGathererTests
{
    private static readonly ConversationRef Where = new("console", "console", "t1");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 14, 2, 0, TimeSpan.Zero);

    [Fact]
    public async Task ThreadMessages_BecomeChatMessageSources_WithStableIdsAuthorAndTime()
    {
        var gatherer = new EvidenceGatherer([]);

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(Where,
            [new ThreadMessage("alice", At, "Checkout is failing in the EU.", "https://chat.example/m/1"), new ThreadMessage("bob", At, "  ", null)], null, []));

        var source = Assert.Single(evidence.Sources);
        Assert.Equal(("M1", SourceKind.ChatMessage, "https://chat.example/m/1"), (source.Id, source.Kind, source.Uri));
        Assert.Equal("[2026-11-20 14:02 UTC] alice: Checkout is failing in the EU.", source.Text);
    }

    [Fact]
    public async Task PastedQueryResults_KeepTheirKind()
    {
        var gatherer = new EvidenceGatherer([]);

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(Where,
            [new ThreadMessage("alice", At, "log-query: checkout-api 5xx 12% from 13:58 to 14:40 UTC", null), new ThreadMessage("bob", At, "note: not a kind", null)], null, []));

        Assert.Equal([SourceKind.LogQuery, SourceKind.ChatMessage], evidence.Sources.Select(s => s.Kind));
        Assert.Equal("checkout-api 5xx 12% from 13:58 to 14:40 UTC", evidence.Sources[0].Text);
    }

    [Fact]
    public async Task AttachmentsWithTakenIds_AreRenamedNotDropped()
    {
        var gatherer = new EvidenceGatherer([]);
        var attachment = new Source("M1", SourceKind.Deploy, "deploy", null, "rolled back at 14:31 UTC");

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(Where, [new ThreadMessage("alice", At, "hello", null)], null, [attachment]));

        Assert.Equal(["M1", "M1-2"], evidence.Sources.Select(s => s.Id));
    }
}
