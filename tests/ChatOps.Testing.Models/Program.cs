using System.Globalization;
using ChatOps.Testing.Models;

// Usage: ChatOps.Testing.Models --script FILE [--api openai|azure] [--api-key KEY] [--port-file FILE]
// Serves the script on a free loopback port until stdin closes or the process is stopped; prints the base URL and,
// when asked, writes it to --port-file (how tests/run-all.sh finds it). Problems with requests go to stderr.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal) && p.i + 1 < args.Length)
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.Ordinal);
if (!options.TryGetValue("script", out var scriptPath))
{
    await Console.Error.WriteLineAsync("usage: ChatOps.Testing.Models --script FILE [--api openai|azure] [--api-key KEY] [--port-file FILE]");
    return 2;
}

var api = options.GetValueOrDefault("api") == "azure" ? ModelApi.AzureOpenAI : ModelApi.OpenAI;
await using var server = new LoopbackModelServer(MatchScript.Load(scriptPath), api, options.GetValueOrDefault("api-key"));
if (options.TryGetValue("port-file", out var portFile))
{
    await File.WriteAllTextAsync(portFile, server.BaseAddress.ToString());
}

Console.WriteLine(server.BaseAddress);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Stopped.
}

foreach (var problem in server.Problems)
{
    await Console.Error.WriteLineAsync("protocol problem: " + problem);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"served {server.RequestCount} chat-completions requests"));
return 0;
