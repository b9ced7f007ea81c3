using System.Text.Json;
using ChatOps.Core.Drafting;
using Microsoft.SemanticKernel;

namespace ChatOps.Drafting.Providers;

/// <summary>Turns what a model call can throw into one clear <see cref="DraftingException"/> naming the endpoint, never its key.</summary>
internal static class EndpointFailure
{
    /// <summary>True for exceptions that mean the endpoint failed (as opposed to a bug or the caller cancelling).</summary>
    public static bool IsEndpointFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpOperationException or HttpRequestException or JsonException or FormatException => true,
        KernelException => true,
        _ => false,
    };

    public static DraftingException Wrap(Exception exception, ModelEndpointOptions endpoint)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(endpoint);
        var attempts = endpoint.MaxRetries + 1;
        var what = exception switch
        {
            HttpOperationException { StatusCode: { } status } => $"answered HTTP {(int)status} ({status}) after {attempts} attempt(s)",
            OperationCanceledException => $"did not answer within {endpoint.Timeout.TotalSeconds:0.###} s on any of {attempts} attempt(s)",
            JsonException or FormatException => "answered with a body that is not a chat-completions response",
            HttpOperationException when exception.InnerException is JsonException or FormatException =>
                "answered with a body that is not a chat-completions response",
            _ => $"failed ({exception.GetType().Name}) after {attempts} attempt(s)",
        };
        return new DraftingException(DraftingErrorKind.EndpointFailed,
            $"Model endpoint '{endpoint.Name}' ({endpoint.Model} at {endpoint.Endpoint}) {what}; no draft was made.",
            exception);
    }
}
