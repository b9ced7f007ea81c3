using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using ChatOps.Core.Drafting;
using ChatOps.Drafting.Gate;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Providers;

/// <summary>Turns what a model call can throw into a <see cref="ModelFailure"/>: the fault, what the endpoint said (never its key), and its Retry-After.</summary>
internal static class FaultClassifier
{
    /// <summary>True for exceptions that mean the endpoint failed (as opposed to a bug or the caller cancelling).</summary>
    public static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpOperationException or HttpRequestException or ClientResultException or JsonException or FormatException or TimeoutException => true,
        KernelException => true,
        _ => false,
    };

    public static ModelFailure Classify(Exception exception, ModelEndpointOptions endpoint)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(endpoint);
        var status = (int?)(exception as HttpOperationException)?.StatusCode ?? Find<ClientResultException>(exception)?.Status;
        if (status is > 0 and var code)
        {
            var body = (exception as HttpOperationException)?.ResponseContent ?? "";
            var detail = string.Create(CultureInfo.InvariantCulture, $"HTTP {code}");
            return code switch
            {
                429 => new ModelFailure(ModelFault.RateLimited, detail, RetryAfter(exception)),
                408 or >= 500 => new ModelFailure(ModelFault.Unavailable, detail, RetryAfter(exception)),
                400 when body.Contains("content_filter", StringComparison.Ordinal) => new ModelFailure(ModelFault.ContentFiltered, "the provider's content filter refused the prompt (HTTP 400)"),
                _ => new ModelFailure(ModelFault.Refused, $"{detail} {(HttpStatusCode)code}"),
            };
        }

        if (Find<JsonException>(exception) is not null || Find<FormatException>(exception) is not null)
        {
            return new ModelFailure(ModelFault.Malformed, "the answer is not a chat-completions response");
        }

        if (Find<OperationCanceledException>(exception) is not null || Find<TimeoutException>(exception) is not null)
        {
            return new ModelFailure(ModelFault.TimedOut, string.Create(CultureInfo.InvariantCulture, $"no answer within {endpoint.Timeout.TotalSeconds:0.###} s"));
        }

        if (Find<HttpRequestException>(exception) is { } network)
        {
            return new ModelFailure(ModelFault.Unreachable, network.HttpRequestError.ToString());
        }

        return new ModelFailure(ModelFault.Malformed, $"the call failed ({exception.GetType().Name})");
    }

    /// <summary>The endpoint's Retry-After (seconds or an HTTP date) or OpenAI's retry-after-ms, when it sent one.</summary>
    private static TimeSpan? RetryAfter(Exception exception)
    {
        var response = Find<ClientResultException>(exception)?.GetRawResponse();
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - DateTimeOffset.UtcNow).Ticks))
            : null;
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
