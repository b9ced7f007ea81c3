using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;
using ChatOps.Ledger.Sqlite;
using ChatOps.Records.Tests.Fakes;
using ChatOps.Records.Webhook;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Records.Tests;

public sealed class OutboxWorkerTests : IAsyncLifetime, IAsyncDisposable
{
    private int disposed;
    private const string Secret = "whsec_outbox_test";
    private readonly string directory = Directory.CreateTempSubdirectory("chatops-outbox-").FullName;
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly HttpClient http = new();
    private readonly FakeWebhookReceiver receiver;

    public OutboxWorkerTests() => receiver = new FakeWebhookReceiver(Secret, () => time.GetUtcNow());

    [Fact]
    public async Task RunOnceAsync_ReceiverFailsTwice_RetriesWithBackoffAndPostsOnce()
    {
        var store = await StoreWithJobAsync();
        var worker = Worker(store);
        receiver.FailNext(503, 502);

        var first = await worker.RunOnceAsync();
        var tooEarly = await worker.RunOnceAsync();
        time.Advance(TimeSpan.FromSeconds(2));
        var second = await worker.RunOnceAsync();
        time.Advance(TimeSpan.FromSeconds(4));
        var third = await worker.RunOnceAsync();

        var outcome = Assert.Single(await store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBack)));
        Assert.Equal((0, 0, 0, 1), (first, tooEarly, second, third));
        Assert.Single(receiver.Delivered);
        Assert.Equal(3, receiver.Server.Requests.Count);
        Assert.Contains("\"outcome\":\"posted\"", outcome.Payload, StringComparison.Ordinal);
        Assert.Contains("\"attempts\":3", outcome.Payload, StringComparison.Ordinal);
        Assert.Equal(0, await store.PendingCountAsync());
    }

    [Fact]
    public async Task RunOnceAsync_PermanentFailure_RecordsTheFailureOnceAndStops()
    {
        var store = await StoreWithJobAsync(secretEnv: "UNSET_SECRET");

        await Worker(store).RunOnceAsync();
        time.Advance(TimeSpan.FromHours(1));
        await Worker(store).RunOnceAsync();

        var outcome = Assert.Single(await store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBack)));
        Assert.Contains("\"outcome\":\"failed\"", outcome.Payload, StringComparison.Ordinal);
        Assert.Empty(receiver.Server.Requests);
        Assert.Equal(0, await store.PendingCountAsync());
    }

    [Fact]
    public async Task RunOnceAsync_OutOfAttempts_RecordsTheLastError()
    {
        var store = await StoreWithJobAsync();
        receiver.FailNext(503, 503, 503);
        var worker = Worker(store, new OutboxWorkerOptions { MaxAttempts = 3 });

        for (var i = 0; i < 3; i++)
        {
            await worker.RunOnceAsync();
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var outcome = Assert.Single(await store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBack)));
        Assert.Contains("answered 503", outcome.Payload, StringComparison.Ordinal);
        Assert.Empty(receiver.Delivered);
    }

    [Fact]
    public async Task WriteBack_EmitsASpanPerAttempt_WithTargetDraftOutcomeAndAttempt_NeverTheText()
    {
        using var telemetry = new TelemetryCapture();
        var store = await StoreWithJobAsync(draftId: "d-span-posted");
        var worker = Worker(store);
        receiver.FailNext(503);

        await worker.RunOnceAsync();
        time.Advance(TimeSpan.FromSeconds(2));
        await worker.RunOnceAsync();

        var spans = telemetry.Spans("chatops.writeback", "d-span-posted");
        Assert.Equal(
            [("webhook", "retrying", 1, ActivityStatusCode.Error), ("webhook", "posted", 2, ActivityStatusCode.Unset)],
            spans.Select(s => ((string)s.GetTagItem("chatops.writeback.target")!, (string)s.GetTagItem("chatops.writeback.outcome")!, (int)s.GetTagItem("chatops.writeback.attempt")!, s.Status)));
        Assert.Equal("transient", spans[0].GetTagItem("error.type"));
        Assert.Null(spans[1].GetTagItem("error.type"));
        Assert.All(spans, s => Assert.Equal("pricing-change", s.GetTagItem("chatops.workflow")));
        Assert.All(spans.SelectMany(s => s.TagObjects), t => Assert.DoesNotContain("Approved text", t.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(1, telemetry.Sum("chatops.writebacks", ("target", "webhook"), ("outcome", "retrying")));
        Assert.Equal(1, telemetry.Sum("chatops.writebacks", ("target", "webhook"), ("outcome", "posted")));
    }

    [Fact]
    public async Task WriteBack_PermanentFailure_EmitsAFailedSpan_AndCountsIt()
    {
        using var telemetry = new TelemetryCapture();
        var store = await StoreWithJobAsync(secretEnv: "UNSET_SECRET", draftId: "d-span-failed");

        await Worker(store).RunOnceAsync();

        var span = Assert.Single(telemetry.Spans("chatops.writeback", "d-span-failed"));
        Assert.Equal(("webhook", "failed", 1), ((string)span.GetTagItem("chatops.writeback.target")!, (string)span.GetTagItem("chatops.writeback.outcome")!, (int)span.GetTagItem("chatops.writeback.attempt")!));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("permanent", span.GetTagItem("error.type"));
        Assert.DoesNotContain(span.TagObjects, t => (t.Value?.ToString() ?? string.Empty).Contains("UNSET_SECRET", StringComparison.Ordinal));
        Assert.Equal(1, telemetry.Sum("chatops.writebacks", ("target", "webhook"), ("outcome", "failed")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes through IAsyncLifetime; IAsyncDisposable is there for the analyzers and runs the same once.
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        http.Dispose();
        await receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task<SqliteLedgerStore> StoreWithJobAsync(string secretEnv = "CHATOPS_WEBHOOK_SECRET", string draftId = "d1")
    {
        var store = await SqliteLedgerStore.OpenAsync(Path.Combine(directory, "ledger.db"), time);
        var payload = new JsonObject
        {
            ["target"] = "webhook",
            ["settings"] = new JsonObject { ["url"] = $"{receiver.Server.BaseAddress}hook", ["secret_env"] = secretEnv },
            ["draft"] = draftId, ["version"] = "v1", ["text"] = "Approved text [S1].", ["ticket"] = "SUP-1",
        };
        await store.AppendAsync(new LedgerAppend(
            [new LedgerEntry(LedgerRecordKinds.Decision, "pricing-change", draftId, null, "SUP-1", "decision:1", new JsonObject { ["by"] = "bob" })],
            [new JobRequest(JobKinds.WriteBack, "pricing-change", draftId, $"wb:{draftId}:v1", CanonicalJson.Serialize(payload), time.GetUtcNow())]));
        return store;
    }

    private OutboxWorker Worker(SqliteLedgerStore store, OutboxWorkerOptions? options = null) =>
        new(store, [new WebhookTarget(http, time, name => name == "CHATOPS_WEBHOOK_SECRET" ? Secret : null)], null, time, options);
}
