using System.Collections.Concurrent;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Slack.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.People;

/// <summary>
/// Names Slack members the policy does not list with <c>users.info</c> (display name, else real name). A member
/// Slack gives no name for, or a failed call, is not asked again for <see cref="RetryAfter"/>.
/// </summary>
internal sealed partial class SlackChannelNames(ISlackWebApi slack, IOptionsMonitor<SlackOptions> options, TimeProvider time, ILogger<SlackChannelNames> logger) : IChannelNames
{
    /// <summary>How long a member without a name is not asked about again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    // A name is not worth holding a request up for longer than this (Slack slow or down).
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> unnamed = new(StringComparer.Ordinal);

    public string Channel => ChannelIdentity.Slack;

    public async Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (string.IsNullOrEmpty(options.CurrentValue.BotToken) || (unnamed.TryGetValue(userId, out var since) && now - since < RetryAfter))
        {
            return null;
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Wait);
        try
        {
            var user = (await slack.GetUserAsync(userId, bounded.Token)).User;
            var name = new[] { user?.Profile?.DisplayName, user?.Profile?.RealName, user?.RealName }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
            if (name is null)
            {
                unnamed[userId] = now;
            }

            return name;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Cards show their id meanwhile; nothing else depends on the name.
            unnamed[userId] = now;
            var error = ex is SlackApiException api ? api.ErrorCode : ex.GetType().Name;
            LogNameFailed(logger, userId, error);
            return null;
        }
    }

    [LoggerMessage(EventId = 62, Level = LogLevel.Information, Message = "Slack users.info for {User} failed ({Error}); cards show their id until it answers.")]
    private static partial void LogNameFailed(ILogger logger, string user, string error);
}
