using ChatOps.Slack.Authentication;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack;

/// <summary>The adapter's log messages; none carries a secret, a token or a request body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Refused an unverified Slack request to {Path}: {Reason}")]
    public static partial void Unverified(ILogger logger, string path, SlackVerification reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Ignored a repeated Slack delivery {DeliveryKey} (retry {RetryNum})")]
    public static partial void Duplicate(ILogger logger, string deliveryKey, string? retryNum);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "The inbox failed to accept Slack delivery {DeliveryKey}; Slack will retry it")]
    public static partial void InboxFailed(ILogger logger, Exception exception, string deliveryKey);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "Ignored a Slack {Kind} payload the bot does not act on")]
    public static partial void Ignored(ILogger logger, string kind);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Slack rate-limited {Method}: waiting {Seconds} s (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string method, double seconds, int attempt);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Slack {Method} failed ({Reason}); retrying in {Seconds} s (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, string method, string reason, double seconds, int attempt);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false with {Error}")]
    public static partial void CallFailed(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "Could not open the {Verb} modal in time")]
    public static partial void ModalFailed(ILogger logger, Exception exception, string verb);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Refused a Slack request body over {Limit} bytes")]
    public static partial void TooLarge(ILogger logger, int limit);
}
