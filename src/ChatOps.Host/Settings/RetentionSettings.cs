namespace ChatOps.Host.Settings;

/// <summary><c>Retention:*</c>: whether the host runs the retention sweep, and how often.</summary>
public sealed class RetentionSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Hours between runs; 24 (daily) by default.</summary>
    public double IntervalHours { get; set; } = 24;

    /// <summary>Seconds after start-up before the first run.</summary>
    public double FirstRunSeconds { get; set; } = 60;

    public TimeSpan Interval => TimeSpan.FromHours(IntervalHours);

    public TimeSpan FirstRun => TimeSpan.FromSeconds(FirstRunSeconds);
}
