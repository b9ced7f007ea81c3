namespace ChatOps.Core.Records;

/// <summary>Hears what became of outbox jobs, before the job is marked finished, so what people are told is never lost.</summary>
public interface IJobListener
{
    /// <summary>Tells the people concerned; must be idempotent per event (a job can run again after a crash).</summary>
    Task OnJobAsync(JobEvent jobEvent, CancellationToken cancellationToken = default);
}
