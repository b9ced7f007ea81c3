using System.Reflection;
using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Tests;

/// <summary>House rules checked by reflection over the adapter's public surface.</summary>
public sealed class ApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(ITeamsInbox).Assembly.GetExportedTypes();

    public static TheoryData<string> AsyncMethods => [.. PublicTypes
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
        .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
        .Distinct()];

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void PublicAsyncMethod_EndsWithAnOptionalCancellationToken(string method)
    {
        var name = method[(method.LastIndexOf('.') + 1)..];
        var type = PublicTypes.Single(t => method.StartsWith(t.FullName + ".", StringComparison.Ordinal) && !method[(t.FullName!.Length + 1)..].Contains('.', StringComparison.Ordinal));
        foreach (var overload in type.GetMethods().Where(m => m.Name == name))
        {
            var last = overload.GetParameters().LastOrDefault();
            Assert.True(last is { Name: "cancellationToken", HasDefaultValue: true } && last.ParameterType == typeof(CancellationToken),
                $"{method} must end with 'CancellationToken cancellationToken = default'");
        }
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic() =>
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));
}
