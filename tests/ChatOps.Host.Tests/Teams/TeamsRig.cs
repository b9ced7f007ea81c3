using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Teams;
using ChatOps.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Host.Tests.Teams;

/// <summary>
/// The real host with Teams authentication on, and loopback stand-ins for Microsoft's side: the channel service's
/// OpenID keys (tokens minted here), an https token authority for the bot's outbound tokens, and the Bot Connector.
/// </summary>
internal sealed class TeamsRig : IAsyncDisposable
{
    public const string AppId = "8e0f7c1a-3b2d-4c5e-9f6a-7b8c9d0e1f2a";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Conversation = "19:ops-room@thread.tacv2;messageid=1790000000001";

    private readonly RsaSecurityKey key = FakeChannelIdentity.NewKey();
    private FakeChannelIdentity identity = null!;
    private FakeTokenAuthority authority = null!;

    public FakeBotConnector Connector { get; private set; } = null!;

    public RunningHost Host { get; private set; } = null!;

    public static async Task<TeamsRig> StartAsync(params string[] extraArgs)
    {
        var rig = new TeamsRig();
        rig.identity = await FakeChannelIdentity.StartAsync();
        rig.identity.Serve((rig.key, ["msteams"]));
        rig.authority = await FakeTokenAuthority.StartAsync();
        rig.Connector = await FakeBotConnector.StartAsync();
        var trusted = rig.authority.Certificate.Thumbprint;
        string[] args =
        [
            "--Teams:AppId", AppId,
            "--Teams:AppPassword", "test-secret-never-logged",
            "--Teams:OpenIdMetadataUrl", rig.identity.MetadataUrl,
            "--Teams:Authority", rig.authority.Authority,
            .. extraArgs,
        ];
        rig.Host = await RunningHost.StartAsync(
            builder => builder.Services.AddHttpClient(TeamsHttpClients.TokenAuthority).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == trusted,
            }),
            args);
        return rig;
    }

    public int TokensIssued => authority.TokensIssued;

    /// <summary>Posts an activity with a valid channel token, as the Bot Connector does.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        var now = DateTimeOffset.UtcNow;
        token ??= FakeChannelIdentity.Mint(key, TokenClaims.Valid(now, AppId, Connector.ServiceUrl));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Host.Client.SendAsync(request);
    }

    /// <summary>A message in the channel thread, with the bot mentioned as Teams sends it.</summary>
    public JsonObject Message(string id, Person from, string text) =>
        Activity("message", id, from, new JsonObject
        {
            ["text"] = $"<at>ChatOps</at> {text}",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>ChatOps</at>",
                ["mentioned"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "ChatOps" },
            }),
        });

    /// <summary>An <c>adaptiveCard/action</c> invoke on the card message <paramref name="cardId"/>.</summary>
    public JsonObject Click(string id, Person from, string cardId, string verb, JsonNode data, string trigger = "manual") =>
        Activity("invoke", id, from, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = cardId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
                ["trigger"] = trigger,
            },
        });

    /// <summary>Waits (bounded) until the connector has received at least <paramref name="count"/> calls matching <paramref name="match"/>.</summary>
    public async Task<RecordedCall[]> CallsAsync(Func<RecordedCall, bool> match, int count)
    {
        // Up to 30 s: the calls come from the host's workers, which a loaded CI machine can keep from a core for seconds.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var calls = Connector.Calls.Where(match).ToArray();
            if (calls.Length >= count)
            {
                return calls;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The connector did not receive {count} matching calls; it has: {string.Join(", ", Connector.Calls.Select(c => $"{c.Method} {c.RawTarget}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await authority.DisposeAsync();
        await identity.DisposeAsync();
    }

    private JsonObject Activity(string type, string id, Person from, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = Connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = from.ChannelUserId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "ChatOps" },
            ["conversation"] = new JsonObject { ["id"] = Conversation, ["conversationType"] = "channel", ["tenantId"] = Tenant, ["isGroup"] = true },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        foreach (var pair in extra.ToList())
        {
            extra.Remove(pair.Key);
            activity[pair.Key] = pair.Value;
        }

        return activity;
    }

    /// <summary>A Teams user: the per-bot id, the Entra object id (as the shipped policy names them) and a display name.</summary>
    public sealed record Person(string ChannelUserId, string AadObjectId, string Name);
}
