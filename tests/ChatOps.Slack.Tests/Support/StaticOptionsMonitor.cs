using Microsoft.Extensions.Options;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Options that never change, for constructing services directly.</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
