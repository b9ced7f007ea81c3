using ChatOps.Host.Composition;

var app = ChatOpsApp.Build(args);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"ChatOps console: {url}/");
    }
});
app.Run();

/// <summary>The host's entry point.</summary>
public partial class Program;
