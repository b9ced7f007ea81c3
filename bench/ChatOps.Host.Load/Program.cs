using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatOps.Host.Composition;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project bench/ChatOps.Host.Load -- [requests] [warmup] [--gateway]
// Sends one message at a time (draft incident-internal from the sample ticket) to the console API and waits for the
// bot's answer card; reports message→answer latency. The host runs in this process on 127.0.0.1 with a fresh SQLite ledger.
// --gateway: the same through the model gateway against a zero-latency loopback model, and the gateway's own overhead.
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var requests = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 300;
var warmup = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 30;
if (args.Contains("--gateway"))
{
    await ChatOps.Host.Load.GatewayOverhead.RunAsync(requests, warmup);
    return;
}

var folder = Directory.CreateTempSubdirectory("chatops-load-").FullName;
var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
    "--Logging:LogLevel:Default", "Warning", "--Console:Burst", "100000", "--Console:PerSecond", "100000"]);
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address) };

async Task<double> OneAsync(int n)
{
    var thread = $"load-{n}";
    var watch = Stopwatch.StartNew();
    var posted = await client.PostAsJsonAsync($"/console/api/threads/{thread}/messages", new { @as = "alice", text = "draft incident-internal INC-2041 status " + n });
    posted.EnsureSuccessStatusCode();
    while (true)
    {
        var entries = await client.GetFromJsonAsync<JsonArray>($"/console/api/threads/{thread}?as=alice");
        if (entries!.Count >= 2)
        {
            return watch.Elapsed.TotalMilliseconds;
        }

        // Poll gently so the load generator does not take the cores the host needs.
        await Task.Delay(1);
    }
}

for (var i = 0; i < warmup; i++)
{
    await OneAsync(-i - 1);
}

var latencies = new List<double>();
for (var i = 0; i < requests; i++)
{
    latencies.Add(await OneAsync(i));
}

latencies.Sort();
double At(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{requests} messages (draft incident-internal, offline drafter, SQLite): median {At(0.5):F2} ms, p90 {At(0.9):F2} ms, p99 {At(0.99):F2} ms, max {latencies[^1]:F2} ms"));
await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
