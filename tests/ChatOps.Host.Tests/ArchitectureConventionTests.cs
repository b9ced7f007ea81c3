using System.Reflection;
using System.Xml.Linq;
using ChatOps.Core.Channels;
using ChatOps.Host.Composition;
using ChatOps.Host.Tests.Journeys;
using Xunit.Abstractions;

namespace ChatOps.Host.Tests;

/// <summary>
/// Ports and adapters as the folder layout promises them: the core references no other project, each adapter only the
/// core (the SQL stores also their shared SQL base), the host composes them all; and every port of the core is listed
/// with the adapters that implement it.
/// </summary>
public sealed class ArchitectureConventionTests(ITestOutputHelper output)
{
    private const string Core = "ChatOps.Core";

    /// <summary>The shared SQL base of the two ledger stores: an adapter's internals split in two projects, not a third adapter.</summary>
    private const string LedgerSqlBase = "ChatOps.Ledger.Sql";

    // The projects that adapt the core to one outside thing each (a channel, a store, a system of record, a model, a file).
    private static readonly string[] AdapterPrefixes = ["ChatOps.Slack", "ChatOps.Teams", "ChatOps.Records.", "ChatOps.Ledger.", "ChatOps.Drafting", "ChatOps.Policy.Yaml"];

    // Interfaces the core implements for itself: the checker's strategies, the outbox's listener (JobNotices) and the
    // ledger writer's row sink. They are seams inside the core, not ports to the outside.
    private static readonly string[] InsideTheCore = ["IStatementRule", "ICiteFirstChecker", "IJobListener", "IChainRowSink", "ILedgerBody`1"];

    [Fact]
    public void TheCore_ReferencesNoOtherProject()
    {
        Assert.Empty(ProjectReferences(Core));
        Assert.DoesNotContain(Assembly.Load(Core).GetReferencedAssemblies(), a => a.Name!.StartsWith("ChatOps.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAdapter_ReferencesTheCoreOnly_NeverAnotherAdapterOrTheHost()
    {
        var adapters = SourceProjects().Where(IsAdapter).ToList();
        Assert.Contains("ChatOps.Slack", adapters);
        Assert.Contains("ChatOps.Teams", adapters);
        Assert.Contains("ChatOps.Ledger.Sqlite", adapters);
        var wrong = new List<string>();
        foreach (var adapter in adapters)
        {
            var references = ProjectReferences(adapter)
                .Concat(Assembly.Load(adapter).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("ChatOps.", StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal);
            wrong.AddRange(references.Where(r => !Allowed(adapter, r)).Select(r => $"{adapter} -> {r}"));
        }

        Assert.True(wrong.Count == 0, "Adapters may reference ChatOps.Core only (the SQL stores also ChatOps.Ledger.Sql):\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void EveryPortOfTheCore_IsImplementedByAnAdapterOrTheHost()
    {
        var outside = SourceProjects().Where(p => p != Core).Select(Assembly.Load).Append(typeof(ChatOpsApp).Assembly)
            .SelectMany(Loadable).Where(t => t is { IsClass: true }).ToList();
        var ports = typeof(IReplyChannel).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && !InsideTheCore.Contains(t.Name))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        Assert.Contains(typeof(IReplyChannel), ports);
        Assert.Contains(typeof(IThreadHistory), ports);
        Assert.Contains(typeof(IConversationIntake), ports);

        var unimplemented = new List<string>();
        foreach (var port in ports)
        {
            var by = outside.Where(t => port.IsAssignableFrom(t)).Select(t => $"{t.Assembly.GetName().Name}:{t.Name}").ToList();
            output.WriteLine($"{port.FullName} <- {(by.Count == 0 ? "(none)" : string.Join(", ", by))}");
            if (by.Count == 0)
            {
                unimplemented.Add(port.FullName!);
            }
        }

        Assert.True(unimplemented.Count == 0, "Ports of the core no adapter implements:\n" + string.Join('\n', unimplemented));
    }

    [Fact]
    public void TheChannelGlue_LivesInItsAdapter_NotInTheHost()
    {
        var host = typeof(ChatOpsApp).Assembly;
        var channelTypes = Loadable(host).Where(t => t.Namespace?.StartsWith("ChatOps.Host.Channels", StringComparison.Ordinal) == true).Select(t => t.FullName).ToList();
        Assert.Empty(channelTypes);
        Assert.DoesNotContain(Loadable(host), t => typeof(IReplyChannel).IsAssignableFrom(t) && t.Name.StartsWith("Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(Loadable(host), t => typeof(IReplyChannel).IsAssignableFrom(t) && t.Name.StartsWith("Teams", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryStoreAndRecordsAdapter_RegistersItself_AndTheHostConstructsNoneOfTheirTypes()
    {
        var adapters = SourceProjects().Where(p => p.StartsWith("ChatOps.Records.", StringComparison.Ordinal) || (p.StartsWith("ChatOps.Ledger.", StringComparison.Ordinal) && p != LedgerSqlBase)).ToList();
        Assert.Contains("ChatOps.Records.Journal", adapters);
        Assert.Contains("ChatOps.Ledger.Postgres", adapters);
        var hostSource = Directory.GetFiles(ChatOpsCli.RepoPath(Path.Combine("src", "ChatOps.Host")), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var wrong = new List<string>();
        foreach (var adapter in adapters.Append(LedgerSqlBase))
        {
            var types = Loadable(Assembly.Load(adapter)).Where(t => t.IsPublic).ToList();
            var additions = types.Where(t => t is { IsAbstract: true, IsSealed: true } && t.Namespace == "Microsoft.Extensions.DependencyInjection")
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType.Name: "IServiceCollection" }, ..])
                .Select(m => m.Name)
                .ToList();
            output.WriteLine($"{adapter}: {string.Join(", ", additions)}");
            if (additions.Count == 0)
            {
                wrong.Add($"{adapter} has no public AddXyz(IServiceCollection) of its own");
            }

            foreach (var type in types.Where(t => t.IsClass && !t.IsAbstract))
            {
                if (hostSource.Any(text => text.Contains($"new {type.Name}(", StringComparison.Ordinal) || text.Contains($"{type.Name}.Create(", StringComparison.Ordinal)))
                {
                    wrong.Add($"ChatOps.Host constructs {adapter}'s {type.Name}; register it in the adapter's AddXyz instead");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void SlackAndTeams_NameTheSameRolesWithTheSameFolders()
    {
        static HashSet<string> Folders(string project) =>
            Directory.GetDirectories(ChatOpsCli.RepoPath(Path.Combine("src", project)))
                .Select(Path.GetFileName).OfType<string>().Where(n => n is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);

        var slack = Folders("ChatOps.Slack");
        var teams = Folders("ChatOps.Teams");
        string[] shared = ["Authentication", "Cards", "Endpoints", "Hosting", "Inbound", "Outbound", "People", "Wire"];
        Assert.Superset(shared.ToHashSet(StringComparer.Ordinal), slack);
        Assert.Superset(shared.ToHashSet(StringComparer.Ordinal), teams);

        // A role only one channel has (Slack keeps its threads; a Teams bot cannot read a channel's history) is the only difference.
        Assert.Equal(["Threads"], slack.Except(teams).ToArray());
        Assert.Empty(teams.Except(slack));
    }

    private static bool IsAdapter(string project) => AdapterPrefixes.Any(p => project.StartsWith(p, StringComparison.Ordinal));

    private static bool Allowed(string adapter, string reference) =>
        reference == Core || (reference == LedgerSqlBase && adapter.StartsWith("ChatOps.Ledger.", StringComparison.Ordinal) && adapter != LedgerSqlBase);

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetDirectories(ChatOpsCli.RepoPath("src")).Select(Path.GetFileName).OfType<string>()
            .Where(n => File.Exists(ChatOpsCli.RepoPath(Path.Combine("src", n, n + ".csproj"))))
            .Where(n => n != "ChatOps.Host" && n != "ChatOps.Cli")
            .Order(StringComparer.Ordinal);

    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(ChatOpsCli.RepoPath(Path.Combine("src", project, project + ".csproj")))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .ToList();

    private static IEnumerable<Type> Loadable(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
