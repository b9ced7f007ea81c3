using System.Text.Json;
using ChatOps.Cli.Input;
using ChatOps.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Cli.Commands;

/// <summary>Wires drafting for one CLI run: the context's checker, and the configuration file when one is given.</summary>
internal static class DraftingServices
{
    public static ServiceProvider Build(CliContext context, string? configJson, string? configPath)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Checker);
        services.AddChatOpsDrafting(options =>
        {
            if (configJson is null)
            {
                return;
            }

            try
            {
                DraftingOptionsJson.Apply(configJson, options, Environment.GetEnvironmentVariable);
            }
            catch (JsonException ex)
            {
                throw new CliInputException($"{configPath}: not valid drafting configuration ({ex.Message.Split(" Path:", 2)[0]}).", ex);
            }
        });
        return services.BuildServiceProvider();
    }
}
