using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Drafting.Tests.Support;

/// <summary>A service provider wired exactly as a host wires drafting, with the shipped prompts and the real checker.</summary>
internal sealed class DraftingHost : IDisposable
{
    private readonly ServiceProvider provider;

    public DraftingHost(Action<DraftingOptions>? configure = null, TimeProvider? time = null, ICiteFirstChecker? checker = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (checker is not null)
        {
            services.AddSingleton(checker);
        }

        services.AddChatOpsDrafting(options =>
        {
            options.PromptsDirectory = PromptsDirectory;
            configure?.Invoke(options);
        });
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static string PromptsDirectory => Path.Combine(AppContext.BaseDirectory, "prompts");

    public IDraftingService Drafter => provider.GetRequiredService<IDraftingService>();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}
