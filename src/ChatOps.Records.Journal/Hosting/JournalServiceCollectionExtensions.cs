using ChatOps.Core.Records;
using ChatOps.Records.Journal;
using ChatOps.Records.Journal.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Markdown journal as a write-back target.</summary>
public static class JournalServiceCollectionExtensions
{
    /// <summary>The journal target, always available (the embedded default), with <see cref="JournalWriteBackOptions"/> from <c>WriteBack:*</c> validated at start-up.</summary>
    public static IServiceCollection AddJournalWriteBack(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<JournalWriteBackOptions>().BindConfiguration("WriteBack").ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JournalWriteBackOptions>, JournalWriteBackOptionsValidator>());
        services.AddSingleton<IWriteBackTarget>(sp => new JournalTarget(new JournalOptions(sp.GetRequiredService<IOptions<JournalWriteBackOptions>>().Value.JournalRoot)));
        return services;
    }
}
