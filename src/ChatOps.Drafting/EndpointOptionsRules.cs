namespace ChatOps.Drafting;

/// <summary>What one endpoint's options must hold; messages name the setting and never the key's value.</summary>
internal static class EndpointOptionsRules
{
    public static IEnumerable<string> Check(ModelEndpointOptions endpoint)
    {
        var at = $"Drafting:Endpoints:{(endpoint.Name.Length == 0 ? "?" : endpoint.Name)}";
        if (string.IsNullOrWhiteSpace(endpoint.Name))
        {
            yield return $"{at}:Name is empty.";
        }

        if (endpoint.Provider is not (ModelProviders.OpenAI or ModelProviders.Offline))
        {
            yield return $"{at}:Provider '{endpoint.Provider}' is not 'openai' or 'offline'.";
        }

        if (string.IsNullOrWhiteSpace(endpoint.Owner))
        {
            yield return $"{at}:Owner is empty; name the person accountable for this integration.";
        }

        if (endpoint.InputPricePerMillionTokens < 0 || endpoint.OutputPricePerMillionTokens < 0)
        {
            yield return $"{at}: prices cannot be negative.";
        }

        if (endpoint.Provider != ModelProviders.OpenAI)
        {
            yield break;
        }

        if (endpoint.Endpoint is not { IsAbsoluteUri: true } uri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{at}:Endpoint must be an absolute http or https address such as https://api.openai.com/v1.";
        }

        if (string.IsNullOrWhiteSpace(endpoint.Model))
        {
            yield return $"{at}:Model is empty.";
        }

        if (endpoint.Timeout <= TimeSpan.Zero)
        {
            yield return $"{at}:Timeout must be positive.";
        }

        if (endpoint.MaxRetries is < 0 or > 10)
        {
            yield return $"{at}:MaxRetries must be 0 to 10.";
        }
    }
}
