using Microsoft.Extensions.Logging;

namespace ChatOps.Teams;

/// <summary>Every log line the Teams adapter writes; none carries a token, a secret or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Teams request refused with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Teams request body is not a valid activity: {Problem}")]
    public static partial void BadActivity(ILogger logger, string problem);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Duplicate Teams activity {ActivityType} ignored")]
    public static partial void DuplicateActivity(ILogger logger, string activityType);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Teams activity {ActivityType} ({Name}) ignored")]
    public static partial void ActivityIgnored(ILogger logger, string activityType, string? name);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Bot Connector {Operation} answered {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string operation, int statusCode, int attempt, TimeSpan delay);
}
