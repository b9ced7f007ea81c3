using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatOps.Host.Composition;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// dotnet run -c Release --project bench/ChatOps.Console.Bench -- [--threads 50] [--loads 30]
// Starts the host on loopback with a fresh SQLite ledger, gives it THREADS console threads of history (a draft request,
// its card, an edit and its card each), then opens the console LOADS times in Debian's Chromium, each in a new
// browser context (nothing cached), alternating threads, and prints first paint, time to the thread's cards and the
// requests each load made. Prints a Markdown table for docs/benchmarks.md.
var threads = Argument("--threads", 50);
var loads = Argument("--loads", 30);
var folder = Directory.CreateTempSubdirectory("chatops-console-bench-").FullName;
var app = ChatOpsApp.Build(["--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"),
    "--WriteBack:JournalRoot", Path.Combine(folder, "journal"), "--Console:Burst", "100000", "--Console:PerSecond", "100000", "--Logging:LogLevel:Default", "Warning"]);
await app.StartAsync();
try
{
    var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    using var client = new HttpClient { BaseAddress = new Uri(address) };
    var seed = Stopwatch.StartNew();
    for (var t = 0; t < threads; t++)
    {
        var thread = $"inc-{t:D3}";
        await Say(client, thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var entries = await Entries(client, thread, 2);
        var draft = entries[1]!["card"]!["actions"]!.AsArray().First(a => a!["verb"]!.GetValue<string>() == "edit")!["data"]!["draft"]!.GetValue<string>();
        await Say(client, thread, "alice", $"edit {draft} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7]. The cache probably failed.");
        await Entries(client, thread, 4);
    }

    Console.WriteLine($"| measure | result |");
    Console.WriteLine($"|---|---|");
    Console.WriteLine($"| seed {threads} threads (2 messages and 2 draft cards each) through the console API | {seed.Elapsed.TotalSeconds:N1} s |");

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium", Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    var paints = new List<double>();
    var cards = new List<double>();
    var requests = new List<int>();
    for (var i = -3; i < loads; i++)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var api = 0;
        page.Request += (_, r) => api += r.Url.Contains("/console/api/", StringComparison.Ordinal) ? 1 : 0;
        var thread = $"inc-{(i + threads) % threads:D3}";
        await page.GotoAsync($"{address}/?thread={thread}");
        await page.Locator("#entries > li").Nth(3).WaitForAsync(new() { Timeout = 30_000 });
        var shown = await page.EvaluateAsync<double>("() => performance.now()");
        var paint = await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        if (i >= 0)
        {
            paints.Add(paint);
            cards.Add(shown);
            requests.Add(api);
        }
    }

    Console.WriteLine($"| first contentful paint, {loads} loads in new contexts, {threads} threads of history, load average {LoadAverage()} | {Summary(paints)} |");
    Console.WriteLine($"| until the thread's 4 entries (2 draft cards, Markdown rendered) are on the page | {Summary(cards)} |");
    Console.WriteLine($"| API requests per load until then (people, workflows, threads, the thread, chain state) | {requests.Min()}–{requests.Max()} |");
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static async Task Say(HttpClient client, string thread, string person, string text)
{
    using var response = await client.PostAsJsonAsync($"/console/api/threads/{thread}/messages", new { @as = person, text });
    response.EnsureSuccessStatusCode();
}

static async Task<JsonArray> Entries(HttpClient client, string thread, int count)
{
    for (var attempt = 0; attempt < 1000; attempt++)
    {
        var entries = (await client.GetFromJsonAsync<JsonArray>($"/console/api/threads/{thread}?as=alice"))!;
        if (entries.Count >= count)
        {
            return entries;
        }

        await Task.Delay(20);
    }

    throw new TimeoutException($"{thread} did not reach {count} entries");
}

static string Summary(List<double> ms)
{
    ms.Sort();
    double At(double p) => ms[(int)Math.Min(ms.Count - 1, Math.Ceiling(p * ms.Count) - 1)];
    return $"p50 {At(0.5):N0} ms, p90 {At(0.9):N0} ms, max {ms[^1]:N0} ms";
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

int Argument(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}
