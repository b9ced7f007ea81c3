namespace ChatOps.Teams.Outbound;

/// <summary>
/// Builds Connector URLs: <c>v3/…</c> appended to the serviceUrl with a trailing slash (a leading slash would drop
/// regional paths such as <c>/amer/</c>) and every id escaped (channel ids hold <c>:</c>, <c>@</c>, <c>;</c>).
/// </summary>
internal static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    /// <summary>One page of the conversation's members; <paramref name="continuationToken"/> is null for the first page.</summary>
    public static Uri PagedMembers(string serviceUrl, string conversationId, int pageSize, string? continuationToken) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers?pageSize={pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            + (string.IsNullOrEmpty(continuationToken) ? "" : $"&continuationToken={Uri.EscapeDataString(continuationToken)}"));

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && !(baseUri.Scheme == Uri.UriSchemeHttp && baseUri.IsLoopback)))
        {
            // The bot's token goes wherever this points: only https Connector URLs (or a loopback test server).
            throw new ArgumentException($"serviceUrl \"{serviceUrl}\" is not an https URL.", nameof(serviceUrl));
        }

        var withSlash = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(withSlash + relative, UriKind.Absolute);
    }
}
