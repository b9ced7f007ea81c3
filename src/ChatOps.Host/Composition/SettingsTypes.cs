using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>Every options type that has a validator registered: what <see cref="StartupCheck"/> resolves, one by one, before the host starts.</summary>
internal sealed class SettingsTypes(IReadOnlyList<Type> types)
{
    public IReadOnlyList<Type> Types { get; } = types;

    /// <summary>Reads the validated options types off the service registrations (call last, after every Add…).</summary>
    public static SettingsTypes From(IServiceCollection services) => new([.. services
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
        .Select(d => d.ServiceType.GetGenericArguments()[0])
        .Distinct()]);
}
