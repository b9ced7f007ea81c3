using System.Buffers;
using System.IO.Pipelines;
using ChatOps.Slack.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.Endpoints;

/// <summary>The gate in front of every Slack endpoint: 404 when Slack is off, the raw body read once, then the signature.</summary>
internal sealed class SlackSignedRequestReader(
    IOptionsMonitor<SlackOptions> options, SlackRequestVerifier verifier, ILogger<SlackSignedRequestReader> logger)
{
    /// <summary>Slack's payloads are a few kilobytes; a megabyte leaves room and bounds what an unverified sender can make us hash.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>The verified raw body, or the response that refuses the request (nothing else may happen then).</summary>
    public ValueTask<(IResult? Refusal, byte[] Body)> ReadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!options.CurrentValue.IsConfigured)
        {
            return ValueTask.FromResult<(IResult?, byte[])>((TypedResults.NotFound(), []));
        }

        // A Slack body is a few kilobytes and usually arrives with its headers: then it is checked without an
        // asynchronous read (and the task objects one costs on every acknowledgement).
        return context.Request.ContentLength is { } length and <= MaxBodyBytes && TryReadBuffered(context.Request.BodyReader, (int)length) is { } buffered
            ? ValueTask.FromResult(Check(context, buffered))
            : new ValueTask<(IResult?, byte[])>(ReadThenCheckAsync(context, cancellationToken));
    }

    private async Task<(IResult? Refusal, byte[] Body)> ReadThenCheckAsync(HttpContext context, CancellationToken cancellationToken) =>
        Check(context, await ReadBodyAsync(context.Request, cancellationToken));

    private (IResult? Refusal, byte[] Body) Check(HttpContext context, byte[]? body)
    {
        if (body is null)
        {
            Log.TooLarge(logger, MaxBodyBytes);
            return (TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge), []);
        }

        var headers = context.Request.Headers;
        var verdict = verifier.Verify(headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"], body);
        if (verdict == SlackVerification.Valid)
        {
            return (null, body);
        }

        // Slack's unsigned SSL probe for slash commands: answered, and nothing in its body is acted on.
        if (verdict == SlackVerification.MissingHeaders && IsSslCheck(body))
        {
            return (TypedResults.Ok(), []);
        }

        Log.Unverified(logger, context.Request.Path, verdict);
        return (TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The Slack request signature was not verified."), []);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            // Slack always sends Content-Length: the body is read straight into an array of its size.
            return length > MaxBodyBytes ? null : await ReadExactlyAsync(request.Body, (int)length, cancellationToken);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The whole body when the server already holds all of it (nothing is consumed otherwise, so a read goes on from the start).
    private static byte[]? TryReadBuffered(PipeReader reader, int length)
    {
        if (length == 0)
        {
            return [];
        }

        if (!reader.TryRead(out var result))
        {
            return null;
        }

        var buffer = result.Buffer;
        if (buffer.Length < length)
        {
            reader.AdvanceTo(buffer.Start, buffer.End);
            return null;
        }

        var bytes = new byte[length];
        buffer.Slice(0, length).CopyTo(bytes);
        reader.AdvanceTo(buffer.GetPosition(length));
        return bytes;
    }

    // Kestrel ends the body at Content-Length and fails a shorter one, so a body is never longer than its header says.
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        await body.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private static bool IsSslCheck(byte[] body) =>
        body.Length < 4096
        && QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body)).TryGetValue("ssl_check", out var value)
        && value == "1";
}
