namespace ChatOps.Drafting;

/// <summary>What one endpoint's settings must hold; messages name the setting and the fix, never the key's value.</summary>
internal static class EndpointOptionsRules
{
    public static IEnumerable<string> Check(ModelEndpointOptions endpoint)
    {
        var at = endpoint.SettingPath is { Length: > 0 } path ? path : $"Drafting:Endpoints:{endpoint.Name}";
        if (string.IsNullOrWhiteSpace(endpoint.Name) || endpoint.Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')))
        {
            yield return $"{at}: the endpoint name '{endpoint.Name}' must be letters, digits, '-', '_', '.' or '/' (the policy's models: name endpoints this way).";
        }

        if (!ModelProviders.All.Contains(endpoint.Provider))
        {
            yield return $"{at}:Provider is \"{endpoint.Provider}\"; use {string.Join(", ", ModelProviders.All)}.";
            yield break;
        }

        if (endpoint.InputPricePer1KTokens < 0 || endpoint.OutputPricePer1KTokens < 0)
        {
            yield return $"{at}:InputPricePer1KTokens and OutputPricePer1KTokens cannot be negative.";
        }

        if (!endpoint.IsRemote)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(endpoint.Owner))
        {
            yield return $"{at}:Owner is empty; name the person accountable for this model integration (it is recorded with every draft).";
        }

        if (endpoint.BaseUrl is null)
        {
            var key = at == DraftingConfiguration.ModelSection ? "Endpoint" : "BaseUrl";
            var example = endpoint.Provider == ModelProviders.AzureOpenAI ? "https://RESOURCE.openai.azure.com/openai/v1/" : "https://api.openai.com/v1/";
            yield return $"{at}:{key} is empty; set the endpoint's base URL, such as {example}";
        }
        else if (endpoint.Provider == ModelProviders.AzureOpenAI && !endpoint.BaseUrl.AbsolutePath.EndsWith("/openai/v1/", StringComparison.Ordinal))
        {
            yield return $"{at}: an azure-openai base URL ends in /openai/v1/ (the OpenAI-compatible v1 surface), such as https://RESOURCE.openai.azure.com/openai/v1/.";
        }

        if (string.IsNullOrWhiteSpace(endpoint.Model))
        {
            var key = at == DraftingConfiguration.ModelSection ? "Name" : "Model";
            yield return $"{at}:{key} is empty; name the model{(endpoint.Provider == ModelProviders.AzureOpenAI ? " deployment" : "")}, such as gpt-4o.";
        }

        if (endpoint.Provider == ModelProviders.AzureOpenAI && string.IsNullOrEmpty(endpoint.ApiKey))
        {
            yield return $"{at}: Azure OpenAI needs an API key; set {at}:ApiKeyFile to a secrets file or the environment variable {DraftingConfiguration.KeyVariable(endpoint.Name)}.";
        }

        if (endpoint.Timeout <= TimeSpan.Zero || endpoint.Timeout > TimeSpan.FromMinutes(10))
        {
            yield return $"{at}:Timeout must be between 00:00:01 and 00:10:00.";
        }

        if (endpoint.MaxRetries is < 0 or > 10)
        {
            yield return $"{at}:MaxRetries must be 0 to 10.";
        }
    }
}
