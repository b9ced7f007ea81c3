using ChatOps.Host.Composition;

WebApplication app;
try
{
    app = ChatOpsApp.Build(args);
}
catch (Exception ex) when (StartupCheck.Lines(ex) is { Count: > 0 } lines)
{
    return SettingsProblems(lines);
}

var problems = await StartupCheck.ProblemsAsync(app);
if (problems.Count > 0)
{
    await app.DisposeAsync();
    return SettingsProblems(problems);
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var line in StartupReport.Lines(app.Services))
    {
        Console.WriteLine(line);
    }
});
await app.RunAsync();
return 0;

// One line per problem on standard error, naming the setting and the fix; exit code 2, as the CLI's bad input.
static int SettingsProblems(IEnumerable<string> lines)
{
    foreach (var line in lines)
    {
        Console.Error.WriteLine(line);
    }

    return 2;
}

/// <summary>The host's entry point.</summary>
public partial class Program;
