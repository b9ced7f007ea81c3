using ChatOps.Teams.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Teams.Tests.Inbound;

public sealed class InMemoryActivityDeduplicatorTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task TryBegin_SameKeyTwice_IsFirstOnlyOnce()
    {
        var set = new InMemoryActivityDeduplicator(time);
        Assert.True(await set.TryBeginAsync("a"));
        Assert.False(await set.TryBeginAsync("a"));
        Assert.True(await set.TryBeginAsync("b"));
    }

    [Fact]
    public async Task TryBegin_AfterRetention_IsFirstAgain()
    {
        // Arrange
        var set = new InMemoryActivityDeduplicator(time, retention: TimeSpan.FromMinutes(10));
        await set.TryBeginAsync("a");

        // Act
        time.Advance(TimeSpan.FromMinutes(10));

        // Assert
        Assert.True(await set.TryBeginAsync("a"));
    }

    [Fact]
    public async Task TryBegin_OverCapacity_ForgetsTheOldest()
    {
        // Arrange
        var set = new InMemoryActivityDeduplicator(time, capacity: 2);
        await set.TryBeginAsync("a");
        await set.TryBeginAsync("b");

        // Act
        await set.TryBeginAsync("c");

        // Assert
        Assert.True(await set.TryBeginAsync("a"));
        Assert.False(await set.TryBeginAsync("c"));
    }

    [Fact]
    public async Task Forget_ThenSeenAgain_IsKeptForItsOwnRetention()
    {
        // Arrange
        var set = new InMemoryActivityDeduplicator(time, retention: TimeSpan.FromMinutes(10));
        await set.TryBeginAsync("a");
        await set.ForgetAsync("a");
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await set.TryBeginAsync("a"));

        // Act: the first sighting's entry ages out.
        time.Advance(TimeSpan.FromMinutes(6));

        // Assert
        Assert.False(await set.TryBeginAsync("a"));
    }
}
