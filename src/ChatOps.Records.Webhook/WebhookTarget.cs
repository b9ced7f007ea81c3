using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;

namespace ChatOps.Records.Webhook;

/// <summary>
/// Posts the approved text as signed JSON to the policy's <c>url</c>. The secret is read from the environment variable
/// the policy names in <c>secret_env</c>; it is never logged or recorded. A receiver answering 409 already has it.
/// </summary>
public sealed class WebhookTarget(HttpClient http, TimeProvider time, Func<string, string?>? readSecret = null) : IWriteBackTarget
{
    private readonly Func<string, string?> readSecret = readSecret ?? Environment.GetEnvironmentVariable;

    public string Kind => Core.Policy.WriteBackTarget.Webhook;

    public bool HasCredentials(IReadOnlyDictionary<string, string> settings) =>
        settings is not null && settings.TryGetValue("secret_env", out var name) && !string.IsNullOrEmpty(readSecret(name));

    public async Task<WriteBackReceipt> WriteAsync(WriteBackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Setting("url") ?? throw new WriteBackException("The webhook write-back has no url.", isTransient: false);
        var secretName = request.Setting("secret_env") ?? throw new WriteBackException("The webhook write-back names no secret_env.", isTransient: false);
        var secret = readSecret(secretName);
        if (string.IsNullOrEmpty(secret))
        {
            throw new WriteBackException($"The environment variable {secretName} that holds the webhook secret is not set.", isTransient: false);
        }

        var body = CanonicalJson.SerializeToUtf8(Body(request));
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        message.Headers.Add(WebhookSignature.IdempotencyHeader, request.IdempotencyKey);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new WriteBackException($"The webhook receiver could not be reached: {ex.Message}", isTransient: true, ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                return new WriteBackReceipt(request.IdempotencyKey, null, AlreadyPresent: true);
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new WriteBackException($"The webhook receiver answered {status}.", isTransient: status is 408 or 425 or 429 or >= 500);
            }

            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            var id = TryId(answer) ?? request.IdempotencyKey;
            return new WriteBackReceipt(id, null, AlreadyPresent: false);
        }
    }

    /// <summary>The documented body: the key, where the text belongs, the text, the trail and the sources.</summary>
    public static JsonObject Body(WriteBackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new JsonObject
        {
            ["idempotency_key"] = request.IdempotencyKey,
            ["draft"] = request.DraftId,
            ["workflow"] = request.Workflow,
            ["ticket"] = request.Ticket,
            ["thread"] = request.Thread,
            ["version"] = request.Version,
            ["text"] = request.Text,
            ["trail"] = new JsonArray(request.Trail.Select(t => (JsonNode)new JsonObject { ["approver"] = t.Approver, ["at"] = t.At, ["version"] = t.Version }).ToArray()),
            ["sources"] = new JsonArray(request.Sources.Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["kind"] = s.Kind, ["uri"] = s.Uri }).ToArray()),
        };
    }

    private static string? TryId(string answer)
    {
        try
        {
            return JsonNode.Parse(answer)?["id"]?.ToString();
        }
        catch (System.Text.Json.JsonException)
        {
            // A receiver may answer with an empty or non-JSON body; the idempotency key then stands for the id.
            return null;
        }
    }
}
