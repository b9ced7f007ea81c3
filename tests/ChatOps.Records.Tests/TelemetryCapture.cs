using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatOps.Core.Diagnostics;

namespace ChatOps.Records.Tests;

/// <summary>Collects the ChatOps spans and counter measurements made while a test runs; listeners hear the whole process, so tests filter.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<Activity> stopped = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = new();
    private readonly ActivityListener activities;
    private readonly MeterListener meters;

    public TelemetryCapture()
    {
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ChatOpsDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);
        meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ChatOpsDiagnostics.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal))));
        meters.Start();
    }

    /// <summary>The finished spans called <paramref name="name"/> for one draft, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans(string name, string draftId) =>
        [.. stopped.Where(a => a.OperationName == name && Equals(a.GetTagItem("chatops.draft.id"), draftId))];

    /// <summary>The sum a counter was given with exactly these tag values.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        measurements.Where(m => m.Instrument == instrument && tags.All(t => Equals(m.Tags.GetValueOrDefault(t.Key), t.Value))).Sum(m => m.Value);

    public void Dispose()
    {
        activities.Dispose();
        meters.Dispose();
    }
}
