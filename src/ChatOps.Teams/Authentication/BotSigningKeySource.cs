using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace ChatOps.Teams.Authentication;

/// <summary>
/// The channel's signing keys, cached by one <see cref="ConfigurationManager{T}"/> per process and refetched at once
/// (at most every five minutes) when a token names a key we have not seen: that is how key rollover is survived.
/// </summary>
internal sealed class BotSigningKeySource : IDisposable
{
    private readonly ConfigurationManager<BotSigningMetadata> manager;
    private readonly BotSigningMetadataRetriever retriever;
    private readonly HttpDocumentRetriever documents;
    private readonly string address;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim forcedRefreshGate = new(1, 1);
    private BotSigningMetadata? forced;
    private DateTimeOffset? lastForcedRefresh;

    public BotSigningKeySource(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        address = options.Value.OpenIdMetadataUrl;
        this.timeProvider = timeProvider;
        retriever = new BotSigningMetadataRetriever();

        // Plain http only for loopback test servers; the options validator refuses it anywhere else.
        documents = new HttpDocumentRetriever(httpClientFactory.CreateClient(TeamsHttpClients.OpenIdMetadata))
        {
            RequireHttps = !new Uri(address).IsLoopback,
        };
        manager = new ConfigurationManager<BotSigningMetadata>(address, retriever, documents)
        {
            AutomaticRefreshInterval = BotAuthConstants.AutomaticRefreshInterval,
        };
    }

    public async Task<BotSigningMetadata> GetAsync(CancellationToken cancellationToken = default) =>
        Newest(await manager.GetConfigurationAsync(cancellationToken));

    /// <summary>Refetches the keys because <paramref name="kid"/> is unknown, unless that was done moments ago.</summary>
    public async Task<BotSigningMetadata> RefreshForUnknownKeyAsync(string kid, CancellationToken cancellationToken = default)
    {
        await forcedRefreshGate.WaitAsync(cancellationToken);
        try
        {
            var current = await GetAsync(cancellationToken);
            var now = timeProvider.GetUtcNow();
            if (current.HasKey(kid)
                || (lastForcedRefresh is { } last && now - last < BotAuthConstants.UnknownKeyRefreshInterval))
            {
                return current;
            }

            lastForcedRefresh = now;

            // ConfigurationManager.RequestRefresh refetches in the background, which would fail this request; fetch now
            // through the same retriever instead, and use the result until the manager's next automatic refresh.
            forced = await retriever.GetConfigurationAsync(address, documents, cancellationToken);
            return Newest(current);
        }
        finally
        {
            forcedRefreshGate.Release();
        }
    }

    public void Dispose() => forcedRefreshGate.Dispose();

    private BotSigningMetadata Newest(BotSigningMetadata fromManager) =>
        forced is { } f && f.Generation > fromManager.Generation ? f : fromManager;
}
