namespace ChatOps.Slack.Outbound;

/// <summary>A Web API call that failed: <c>ok:false</c> with Slack's error code, or an HTTP failure after the retries.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
        Method = string.Empty;
        ErrorCode = string.Empty;
    }

    public SlackApiException(string message)
        : base(message)
    {
        Method = string.Empty;
        ErrorCode = string.Empty;
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = string.Empty;
        ErrorCode = string.Empty;
    }

    public SlackApiException(string method, string errorCode, int? statusCode = null, Exception? innerException = null)
        : base($"Slack {method} failed: {errorCode}", innerException)
    {
        Method = method;
        ErrorCode = errorCode;
        StatusCode = statusCode;
    }

    /// <summary>The Web API method, such as <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's <c>error</c> (<c>channel_not_found</c>, <c>ratelimited</c>…) or <c>http_NNN</c>.</summary>
    public string ErrorCode { get; }

    public int? StatusCode { get; }
}
