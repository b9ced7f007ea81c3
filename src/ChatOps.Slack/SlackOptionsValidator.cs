using Microsoft.Extensions.Options;

namespace ChatOps.Slack;

/// <summary>Checks the Slack section at start-up so a half-configured app fails the host, naming the setting.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            errors.Add("Slack:SigningSecret is missing: Slack:BotToken is set, and requests cannot be verified without the signing secret.");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            errors.Add("Slack:BotToken is missing: Slack:SigningSecret is set, and the bot cannot answer without its token.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            errors.Add("Slack:ApiBaseUrl must be an absolute http(s) address such as https://slack.com/api/.");
        }
        else if (!options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            errors.Add("Slack:ApiBaseUrl must end with '/' so method names append to its path.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add($"Slack:MaxRetries is {options.MaxRetries}; use 0 to 10.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
