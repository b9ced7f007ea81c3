using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests;

/// <summary>The real host on a free loopback port, with its own SQLite ledger in a temp folder.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private RunningHost(WebApplication app, string folder, HttpClient client)
    {
        this.app = app;
        this.folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The SQLite ledger file (unless the host was started on PostgreSQL).</summary>
    public string LedgerPath => Path.Combine(folder, "ledger.db");

    /// <summary>The Markdown journal folder the write-back writes to.</summary>
    public string JournalRoot => Path.Combine(folder, "journal");

    /// <summary>The host's services, to check its ledger directly.</summary>
    public IServiceProvider Services => app.Services;

    public static Task<RunningHost> StartAsync(params string[] extraArgs) => StartAsync(null, extraArgs);

    public static async Task<RunningHost> StartAsync(Action<WebApplicationBuilder>? configure, params string[] extraArgs)
    {
        var folder = Directory.CreateTempSubdirectory("chatops-host-").FullName;
        var args = new[] { "--Urls", "http://127.0.0.1:0", "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"), "--WriteBack:JournalRoot", Path.Combine(folder, "journal") }
            .Concat(extraArgs).ToArray();
        var app = ChatOpsApp.Build(args, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        // A host told to listen on every address is reached on loopback.
        return new RunningHost(app, folder, new HttpClient { BaseAddress = new Uri(address.Replace("//0.0.0.0:", "//127.0.0.1:", StringComparison.Ordinal)) });
    }

    public async Task SayAsync(string thread, string person, string text)
    {
        var response = await Client.PostAsJsonAsync($"/console/api/threads/{thread}/messages", new { @as = person, text });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task ClickAsync(string thread, string person, JsonNode action, Dictionary<string, string>? inputs = null)
    {
        var response = await Client.PostAsJsonAsync($"/console/api/threads/{thread}/actions",
            new { @as = person, verb = action["verb"]!.GetValue<string>(), data = action["data"], inputs = inputs ?? [] });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Waits (bounded) until the thread holds at least <paramref name="count"/> entries, as the worker answers asynchronously.</summary>
    public async Task<JsonArray> EntriesAsync(string thread, string person, int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var entries = (await Client.GetFromJsonAsync<JsonArray>($"/console/api/threads/{thread}?as={person}"))!;
            if (entries.Count >= count)
            {
                return entries;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Thread {thread} did not reach {count} entries.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
