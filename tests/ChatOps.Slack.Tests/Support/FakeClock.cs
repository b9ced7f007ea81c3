using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Moves fake time forward in steps until a task that waits on it completes; no real seconds pass.</summary>
public static class FakeClock
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        for (var i = 0; !task.IsCompleted && i < maxSteps; i++)
        {
            time.Advance(step);
            // A tiny real pause lets the HTTP round-trip that follows a fired timer make progress.
            await Task.WhenAny(task, Task.Delay(5));
        }

        return await task;
    }
}
