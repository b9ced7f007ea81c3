using ChatOps.Drafting;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Composition;

/// <summary>Turns the short <c>Model:*</c> settings into a drafting endpoint, so one model needs four settings, not a list.</summary>
internal sealed class ModelSettingsToDrafting(IOptions<ModelSettings> model) : IPostConfigureOptions<DraftingOptions>
{
    public const string EndpointName = "default";

    public void PostConfigure(string? name, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = model.Value;
        if (settings.Provider != ModelProviders.OpenAI || options.FindEndpoint(EndpointName) is not null)
        {
            return;
        }

        options.Endpoints.Add(new ModelEndpointOptions
        {
            Name = EndpointName,
            Provider = ModelProviders.OpenAI,
            Endpoint = settings.Endpoint,
            Model = settings.Name ?? "",
            ApiKey = settings.ApiKey,
            Owner = settings.Owner ?? "unassigned",
        });
        options.DefaultEndpoint = EndpointName;
    }
}
