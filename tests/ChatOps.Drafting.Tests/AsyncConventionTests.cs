using System.Reflection;

namespace ChatOps.Drafting.Tests;

/// <summary>House convention: async methods end with an optional CancellationToken.</summary>
public sealed class AsyncConventionTests
{
    [Fact]
    public void AsyncMethods_InDraftingAndItsPort_EndWithAnOptionalCancellationToken()
    {
        // Arrange
        var assemblies = new[] { typeof(DraftingOptions).Assembly, typeof(ChatOps.Core.Drafting.IDraftingService).Assembly };
        var methods = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith("ChatOps.", StringComparison.Ordinal) == true && (t.Namespace.Contains("Drafting", StringComparison.Ordinal)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal))
            // Semantic Kernel's filter contracts fix their own signatures (the token travels in the context).
            .Where(m => m.Name is not ("OnFunctionInvocationAsync" or "OnPromptRenderAsync"))
            .ToArray();

        // Act
        var offenders = methods.Where(m => m.GetParameters() is not [.., { ParameterType: var last, HasDefaultValue: true }] || last != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToArray();

        // Assert
        Assert.Contains(methods, m => m.Name == "DraftAsync");
        Assert.Empty(offenders);
    }
}
