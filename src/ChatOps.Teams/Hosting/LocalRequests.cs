using System.Net;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Teams.Hosting;

/// <summary>
/// What it takes to trust that a request comes from a person at this machine, for the parts that have no login
/// (Emulator mode, the host's console): the server listens on loopback alone, the peer is loopback, and no proxy
/// relayed the request. A reverse proxy or a service-mesh sidecar on the same machine makes every request loopback,
/// so a request carrying forwarding headers is never taken as local.
/// </summary>
public static class LocalRequests
{
    // Headers a proxy adds when it relays a request (RFC 7239, the de facto X-Forwarded-* family, and common variants).
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Real-IP", "X-Client-IP", "True-Client-IP", "Via", "X-Original-Forwarded-For"];

    /// <summary>True when every address the server listens on is a loopback address (or <c>localhost</c>).</summary>
    public static bool AreLoopbackOnly(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var any = false;
        foreach (var address in addresses)
        {
            any = true;
            if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || !(uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>True when the request carries a header a proxy adds when it relays one.</summary>
    public static bool CarriesForwardingHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            if (header.Key.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
                || ForwardingHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the peer is a loopback address and no proxy relayed the request.</summary>
    public static bool IsDirectFromThisMachine(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) && !CarriesForwardingHeaders(context.Request.Headers);
    }
}
