using ChatOps.Drafting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Cli.Commands;

/// <summary>Wires drafting for one CLI run exactly as the host does: the context's checker and the settings' endpoints, routes and budgets.</summary>
internal static class DraftingServices
{
    public static ServiceProvider Build(CliContext context, IConfiguration settings, Action<DraftingOptions>? change = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Checker);
        services.AddChatOpsDrafting(options =>
        {
            DraftingConfiguration.Apply(settings, options, Environment.GetEnvironmentVariable);
            change?.Invoke(options);
        });
        return services.BuildServiceProvider();
    }

    /// <summary>The validated options; a bad setting is bad input naming the setting (and never a key).</summary>
    public static DraftingOptions Options(ServiceProvider services, string? origin)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            return services.GetRequiredService<IOptions<DraftingOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new Input.CliInputException($"{origin ?? "drafting settings"}: {string.Join(" ", ex.Failures)}");
        }
    }
}
