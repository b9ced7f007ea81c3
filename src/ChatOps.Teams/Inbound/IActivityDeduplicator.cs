namespace ChatOps.Teams.Inbound;

/// <summary>Remembers which activities were already taken in, so a redelivered activity or a repeated invoke is processed once.</summary>
public interface IActivityDeduplicator
{
    /// <summary>True the first time <paramref name="key"/> is seen within the retention window; false for a repeat.</summary>
    ValueTask<bool> TryBeginAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets <paramref name="key"/> because taking the activity in failed, so the channel's redelivery is processed.</summary>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default);
}
