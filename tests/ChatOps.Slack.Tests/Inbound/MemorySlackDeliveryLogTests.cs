using ChatOps.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Inbound;

public sealed class MemorySlackDeliveryLogTests
{
    [Fact]
    public async Task TryClaim_SecondTimeWithinTtl_IsRefused_AndAfterTtl_IsTakenAgain()
    {
        var time = new FakeTimeProvider();
        var log = new MemorySlackDeliveryLog(time);

        Assert.True(await log.TryClaimAsync("event:Ev1"));
        time.Advance(MemorySlackDeliveryLog.Ttl - TimeSpan.FromSeconds(1));
        Assert.False(await log.TryClaimAsync("event:Ev1"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await log.TryClaimAsync("event:Ev1"));
    }

    [Fact]
    public async Task Release_LetsTheRetryBeTaken()
    {
        var log = new MemorySlackDeliveryLog(new FakeTimeProvider());
        await log.TryClaimAsync("event:Ev2");

        await log.ReleaseAsync("event:Ev2");

        Assert.True(await log.TryClaimAsync("event:Ev2"));
    }

    [Fact]
    public async Task Log_StaysBounded_DroppingTheOldestFirst()
    {
        var time = new FakeTimeProvider();
        var log = new MemorySlackDeliveryLog(time);

        for (var i = 0; i < MemorySlackDeliveryLog.Capacity + 500; i++)
        {
            await log.TryClaimAsync($"event:{i}");
            time.Advance(TimeSpan.FromTicks(1));
        }

        Assert.InRange(log.Count, MemorySlackDeliveryLog.Capacity - 1, MemorySlackDeliveryLog.Capacity);
        Assert.True(await log.TryClaimAsync("event:0"), "the oldest key made room");
        Assert.False(await log.TryClaimAsync($"event:{MemorySlackDeliveryLog.Capacity + 499}"), "the newest key is still remembered");
    }
}
