using Microsoft.Extensions.Logging;

namespace ChatOps.Drafting;

/// <summary>Every log event drafting writes; endpoints are named, keys and evidence text never appear.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Drafted {Workflow} on endpoint {Endpoint} ({Model}): {Verdict} after {Attempts} call(s), {InputTokens}+{OutputTokens} tokens, cost {Cost}")]
    public static partial void Drafted(ILogger logger, string workflow, string endpoint, string model, ChatOps.Core.Checking.Verdict verdict, int attempts, long inputTokens, long outputTokens, decimal cost);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Escalating {Workflow} from {From} to {To} after failed repairs")]
    public static partial void Escalating(ILogger logger, string workflow, string from, string to);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Refused to draft {Workflow} before sending anything: {Reason}")]
    public static partial void Refused(ILogger logger, string workflow, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Source {SourceId} of a {Workflow} draft looks like an injection attempt")]
    public static partial void PossibleInjection(ILogger logger, string workflow, string? sourceId);
}
