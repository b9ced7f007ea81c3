using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Teams.Outbound;

/// <summary>Retries Connector calls on 429, 412 and transient server errors, with jittered backoff that honours Retry-After.</summary>
internal sealed class ConnectorRetryHandler(IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<ConnectorRetryHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = options.Value.Retry;
        for (var retry = 1; ; retry++)
        {
            // Our requests carry buffered content, so the same message can be sent again.
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (!RetryDelay.IsTransient(status) || retry > policy.MaxRetries)
            {
                return response;
            }

            var retryAfter = RetryAfter(response);
            if (retryAfter > policy.MaxRetryAfter)
            {
                return response;
            }

            var delay = RetryDelay.Compute(retry, retryAfter, policy, Random.Shared.NextDouble());
            Log.ConnectorRetry(logger, $"{request.Method} {request.RequestUri?.AbsolutePath}", status, retry, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - timeProvider.GetUtcNow() : null;
    }
}
