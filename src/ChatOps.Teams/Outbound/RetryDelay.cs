namespace ChatOps.Teams.Outbound;

/// <summary>How long to wait before a retry: exponential backoff with jitter, and never less than the server's Retry-After.</summary>
internal static class RetryDelay
{
    /// <param name="retry">1 for the first retry.</param>
    /// <param name="retryAfter">The server's Retry-After, if it sent one.</param>
    /// <param name="options">Base and maximum steps.</param>
    /// <param name="jitter">A number in [0, 1): the random half of each step, so clients that failed together spread out.</param>
    public static TimeSpan Compute(int retry, TimeSpan? retryAfter, TeamsRetryOptions options, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        var step = options.BaseDelay * Math.Pow(2, Math.Min(retry - 1, 16));
        if (step > options.MaxDelay)
        {
            step = options.MaxDelay;
        }

        var backoff = (step / 2) + (step / 2 * jitter);
        return retryAfter is { } after && after > backoff ? after : backoff;
    }

    /// <summary>The transient statuses: throttling (429), precondition races Teams documents (412), timeouts and server errors.</summary>
    public static bool IsTransient(int statusCode) =>
        statusCode is 408 or 412 or 429 || (statusCode >= 500 && statusCode is not 501 and not 505);
}
