using System.Reflection;
using System.Text.RegularExpressions;
using ChatOps.Core.Policy;
using ChatOps.Core.Records;
using ChatOps.Ledger.Sql;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>
/// Checks the settings before the host starts, so a bad one stops it with one line per problem (naming the setting
/// and the fix) instead of a stack trace. Every options type with a validator is checked (<see cref="SettingsTypes"/>
/// finds them, so options added later plug in by registering a validator), then what can only be known by trying:
/// the policy file loads, the write-back targets build, the ledger database opens, the listen addresses parse.
/// </summary>
internal static partial class StartupCheck
{
    private static readonly TimeSpan LedgerTimeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<string>> ProblemsAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        var services = app.Services;
        var problems = new List<string>();
        foreach (var type in services.GetRequiredService<SettingsTypes>().Types)
        {
            problems.AddRange(OptionsProblems(services, type));
        }

        if (problems.Count == 0)
        {
            try
            {
                services.GetService<IStartupValidator>()?.Validate();
            }
            catch (Exception ex) when (Lines(ex) is { Count: > 0 } lines)
            {
                problems.AddRange(lines);
            }
        }

        problems.AddRange(AddressProblems(app.Configuration["urls"]));
        if (problems.Count > 0)
        {
            return Distinct(problems);
        }

        Try(problems, "Policy:Path", () => _ = services.GetRequiredService<ChatOpsPolicy>());
        Try(problems, "WriteBack:JournalRoot", () => _ = services.GetServices<IWriteBackTarget>().Count());
        if (problems.Count == 0)
        {
            await LedgerProblemsAsync(services, problems, cancellationToken);
        }

        return Distinct(problems);
    }

    /// <summary>The one-line form of a settings exception, or nothing when it is not about settings.</summary>
    public static IReadOnlyList<string> Lines(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures.Select(OneLine)],
        AggregateException many => [.. many.InnerExceptions.SelectMany(Lines)],
        TargetInvocationException { InnerException: { } inner } => Lines(inner),
        InvalidOperationException binding when BindingFailure().Match(binding.Message) is { Success: true } match =>
            [BindingLine(match.Groups["value"].Value, match.Groups["path"].Value, match.Groups["type"].Value)],
        _ => [],
    };

    private static IEnumerable<string> OptionsProblems(IServiceProvider services, Type type)
    {
        var monitor = services.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(type));
        try
        {
            _ = monitor.GetType().GetProperty(nameof(IOptionsMonitor<object>.CurrentValue))!.GetValue(monitor);
            return [];
        }
        catch (TargetInvocationException ex) when (Lines(ex) is { Count: > 0 } lines)
        {
            return lines;
        }
    }

    private static IEnumerable<string> AddressProblems(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string? problem = null;
            try
            {
                var address = BindingAddress.Parse(url);
                if (address.Scheme is not ("http" or "https") || address.Port is < 0 or > 65535)
                {
                    problem = "it needs http:// or https:// and a port";
                }
            }
            catch (FormatException)
            {
                problem = "it is not an address";
            }

            if (problem is not null)
            {
                yield return $"Urls has \"{url}\": {problem}; set it to where the host listens, e.g. http://localhost:3978 (environment: Urls).";
            }
        }
    }

    private static void Try(List<string> problems, string setting, Action build)
    {
        try
        {
            build();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is TargetInvocationException { InnerException: { } cause } ? cause : ex;
            problems.AddRange(inner.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => $"{setting}: {line}"));
        }
    }

    private static async Task LedgerProblemsAsync(IServiceProvider services, List<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(LedgerTimeout);
            await services.GetRequiredService<SqlLedgerStore>().InitializeAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var what = ex is OperationCanceledException ? $"it did not answer within {LedgerTimeout.TotalSeconds:0} s" : OneLine(ex.Message);
            problems.Add($"ConnectionStrings:Ledger: the ledger database could not be opened ({what}); check the connection string and that the database is reachable (environment: ConnectionStrings__Ledger).");
        }
    }

    private static string BindingLine(string value, string path, string type)
    {
        var expected = type switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true or false",
            "System.Uri" => "an absolute URL",
            "System.TimeSpan" => "a duration such as 00:00:30",
            "System.Double" or "System.Decimal" => "a number",
            _ => $"a {type.Split('.')[^1]}",
        };
        return $"{path} is \"{value}\", which is not {expected}; fix it (environment: {path.Replace(":", "__", StringComparison.Ordinal)}).";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<string> Distinct(List<string> problems) => [.. problems.Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
