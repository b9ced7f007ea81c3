using System.Globalization;
using System.Net;
using ChatOps.Teams.Bench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Usage (bench/teams/host-bench.sh runs it):
//   ChatOps.Teams.Bench lua   --activity FILE --service-url URL --out FILE.lua [--rate N --threads T]
//   ChatOps.Teams.Bench serve --activity FILE --service-url URL --app-id GUID --out DIR [--rate N --threads T] [--minutes M]
// "lua" writes the wrk script for authentication off. "serve" serves, on 127.0.0.1 only, the channel's OpenID metadata
// and JWKS (http) and a token authority (https, self-signed); writes DIR/authority.pem (the certificate to trust),
// DIR/jwt.lua (every request with a channel token minted for the run) and, last, DIR/endpoints.env; then runs until
// stopped. GET /stats on the http address counts key fetches and issued tokens.
var options = Options.Parse(args.Skip(1));
var command = args.FirstOrDefault();
var activity = await File.ReadAllTextAsync(options.Required("activity"));
var serviceUrl = options.Required("service-url");
var threads = options.Int("threads") ?? 2;
if (command == "lua")
{
    await File.WriteAllTextAsync(options.Required("out"), WrkScript.Create(activity, serviceUrl, null, options.Int("rate"), threads));
    return 0;
}

if (command != "serve")
{
    await Console.Error.WriteLineAsync("usage: ChatOps.Teams.Bench lua|serve --activity FILE --service-url URL ... (see Program.cs)");
    return 2;
}

var appId = options.Required("app-id");
var folder = options.Required("out");
var lifetime = TimeSpan.FromMinutes(options.Int("minutes") ?? 120);
using var identity = new ChannelIdentity();
using var certificate = TokenAuthority.CreateCertificate(lifetime);
var counters = new Counters();

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, 0);
    kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
});
var app = builder.Build();
Uri At(string scheme, string path) => new(new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
    .Addresses.Single(a => a.StartsWith(scheme + "://", StringComparison.Ordinal))), path);
string Authority() => At("https", "/" + TokenAuthority.Tenant).AbsoluteUri;

app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(ChannelIdentity.Metadata(At("http", "/v1/.well-known/keys")), "application/json"));
app.MapGet("/v1/.well-known/keys", () =>
{
    Interlocked.Increment(ref counters.KeyFetches);
    return Results.Text(identity.Jwks(), "application/json");
});
app.MapGet($"/{TokenAuthority.Tenant}/.well-known/openid-configuration", () => Results.Json(TokenAuthority.Discovery(Authority())));
app.MapPost($"/{TokenAuthority.Tenant}/oauth2/v2.0/token", () => Results.Json(TokenAuthority.Token(Interlocked.Increment(ref counters.TokensIssued))));
app.MapGet("/stats", () => Results.Json(new Dictionary<string, int> { ["keyFetches"] = counters.KeyFetches, ["tokensIssued"] = counters.TokensIssued }));
await app.StartAsync();

Directory.CreateDirectory(folder);
await File.WriteAllTextAsync(Path.Combine(folder, "authority.pem"), certificate.ExportCertificatePem() + "\n");
var token = identity.Mint(appId, serviceUrl, lifetime);
await File.WriteAllTextAsync(Path.Combine(folder, "jwt.lua"), WrkScript.Create(activity, serviceUrl, token, options.Int("rate"), threads));
await File.WriteAllTextAsync(Path.Combine(folder, "endpoints.env"), string.Create(CultureInfo.InvariantCulture,
    $"METADATA_URL={At("http", "/v1/.well-known/openidconfiguration").AbsoluteUri}\nAUTHORITY={Authority()}\nIDP_STATS={At("http", "/stats").AbsoluteUri}\n"));
Console.WriteLine("ChatOps.Teams.Bench: serving the channel's keys and the token authority on 127.0.0.1");
await app.WaitForShutdownAsync();
return 0;

/// <summary>What the stand-ins were asked for, so the driver can show that keys and tokens were really used.</summary>
internal sealed class Counters
{
    public int KeyFetches;
    public int TokensIssued;
}

/// <summary><c>--name value</c> pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            values[list[i].TrimStart('-')] = list[i + 1];
        }

        return new Options(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public int? Int(string name) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
