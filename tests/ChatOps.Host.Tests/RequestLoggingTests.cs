using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Host.Tests;

/// <summary>
/// The shipped settings keep ASP.NET Core's per-request hosting log off: while its category is on at any level, every
/// request (each Slack event's acknowledgement) gets an <see cref="Activity"/> and a log scope that nobody reads
/// (about 6 % of an acknowledgement's CPU); a setting turns it back on.
/// </summary>
public sealed class RequestLoggingTests
{
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public async Task The_hosting_request_log_is_off_by_default_so_requests_carry_no_log_scope()
    {
        var scopes = new ScopeRecorder();
        await using var host = await RunningHost.StartAsync(b => b.Logging.AddProvider(scopes), "--Slack:SigningSecret", "secret", "--Slack:BotToken", "xoxb-test");

        Assert.False(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(HostingCategory).IsEnabled(LogLevel.Critical));

        // An unsigned event is refused with a warning logged inside the request: it is written in the connection's scope
        // (Kestrel's, once per connection) and without a request's.
        var response = await host.Client.PostAsync("/slack/events", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var refusal = Assert.Single(scopes.Logged, line => line.Category.Contains("Slack", StringComparison.Ordinal));
        Assert.Equal(["ConnectionId"], refusal.Scopes);
    }

    [Fact]
    public async Task The_setting_turns_the_hosting_request_log_back_on()
    {
        var scopes = new ScopeRecorder();
        await using var host = await RunningHost.StartAsync(
            b => b.Logging.AddProvider(scopes),
            "--Slack:SigningSecret", "secret", "--Slack:BotToken", "xoxb-test", $"--Logging:LogLevel:{HostingCategory}", "Information");

        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(HostingCategory).IsEnabled(LogLevel.Information));
        var response = await host.Client.PostAsync("/slack/events", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(scopes.Logged, line => line.Category.Contains("Slack", StringComparison.Ordinal) && line.Scopes.Any(s => s.Contains("RequestPath", StringComparison.Ordinal)));
    }

    /// <summary>Records each log line with the scopes it was written in.</summary>
    private sealed class ScopeRecorder : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public List<(string Category, List<string> Scopes)> Logged { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Recorder(ScopeRecorder owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var seen = new List<string>();
                owner.scopes.ForEachScope((scope, list) => list.Add(string.Join(",", scope is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.Select(p => p.Key) : [scope?.ToString() ?? ""])), seen);
                lock (owner.Logged)
                {
                    owner.Logged.Add((category, seen));
                }
            }
        }
    }
}
