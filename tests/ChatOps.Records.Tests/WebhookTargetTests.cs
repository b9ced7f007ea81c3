using System.Text.Json.Nodes;
using ChatOps.Core.Records;
using ChatOps.Records.Tests.Fakes;
using ChatOps.Records.Webhook;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Records.Tests;

public sealed class WebhookTargetTests : IAsyncLifetime, IAsyncDisposable
{
    private int disposed;
    private const string Secret = "whsec_loopback_0123456789";
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly HttpClient http = new();
    private readonly FakeWebhookReceiver receiver;

    public WebhookTargetTests() => receiver = new FakeWebhookReceiver(Secret, () => time.GetUtcNow());

    [Fact]
    public async Task WriteAsync_SignedJson_IsAcceptedByAReceiverThatChecksTheSignature()
    {
        var receipt = await Target().WriteAsync(Request());

        var body = JsonNode.Parse(Assert.Single(receiver.Delivered))!;
        Assert.Equal("rcpt-1", receipt.ExternalId);
        Assert.Equal("wb:d1:abc123", body["idempotency_key"]!.GetValue<string>());
        Assert.Equal("bob", body["trail"]![0]!["approver"]!.GetValue<string>());
        Assert.Equal("https://tickets.example/SUP-1", body["sources"]![0]!["uri"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, string.Concat(receiver.Server.Requests.SelectMany(r => r.Headers.Values)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwice_ReceiverHasItOnce()
    {
        await Target().WriteAsync(Request());

        var retry = await Target().WriteAsync(Request());

        Assert.True(retry.AlreadyPresent);
        Assert.Single(receiver.Delivered);
    }

    [Fact]
    public async Task WriteAsync_WrongSecret_IsRefusedPermanently()
    {
        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target("whsec_wrong").WriteAsync(Request()));

        Assert.False(error.IsTransient);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Delivered);
    }

    [Fact]
    public async Task WriteAsync_ReceiverUnavailable_IsTransient()
    {
        receiver.FailNext(503);

        var error = await Assert.ThrowsAsync<WriteBackException>(() => Target().WriteAsync(Request()));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task WriteAsync_SecretVariableUnset_IsPermanentAndSendsNothing()
    {
        var target = new WebhookTarget(http, time, _ => null);

        var error = await Assert.ThrowsAsync<WriteBackException>(() => target.WriteAsync(Request()));

        Assert.False(error.IsTransient);
        Assert.Contains("CHATOPS_WEBHOOK_SECRET", error.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Server.Requests);
    }

    [Fact]
    public void Verify_StaleTimestamp_IsRefused()
    {
        var body = "{}"u8.ToArray();
        var old = time.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();

        var ok = WebhookSignature.Verify(Secret, $"{old}", WebhookSignature.Sign(Secret, old, body), body, time.GetUtcNow());

        Assert.False(ok);
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
    }

    private WriteBackRequest Request() => Requests.For("SUP-1", ("url", $"{receiver.Server.BaseAddress}hooks/chatops"), ("secret_env", "CHATOPS_WEBHOOK_SECRET"));

    private WebhookTarget Target(string secret = Secret) => new(http, time, name => name == "CHATOPS_WEBHOOK_SECRET" ? secret : null);
}
