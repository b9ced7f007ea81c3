using Microsoft.Extensions.Options;

namespace ChatOps.Teams;

/// <summary>Checks <see cref="TeamsOptions"/> at start-up; every failure names the setting and how to fix it.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsAuthenticationEnabled)
        {
            if (!Guid.TryParse(options.AppId, out _))
            {
                failures.Add("Teams:AppId must be the bot's Microsoft App ID (a GUID).");
            }

            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                failures.Add("Teams:AppPassword is required when Teams:AppId is set (the bot's client secret).");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.AppPassword) || !string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Teams:AppId is required when Teams:AppPassword or Teams:TenantId is set.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Teams:TenantId must be a tenant GUID (leave it empty for a multi-tenant bot).");
        }

        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Teams:AllowedTenants must not contain empty entries.");
        }

        CheckUrl(failures, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            CheckUrl(failures, "Teams:Authority", options.Authority);
        }

        CheckRetry(failures, options.Retry);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            failures.Add($"{setting} must be an absolute URL (got \"{value}\").");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{setting} must use https (plain http is allowed only on loopback, for tests).");
        }
    }

    private static void CheckRetry(List<string> failures, TeamsRetryOptions retry)
    {
        if (retry.MaxRetries is < 0 or > 10)
        {
            failures.Add("Teams:Retry:MaxRetries must be between 0 and 10.");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
        {
            failures.Add("Teams:Retry:BaseDelay must be positive and no longer than Teams:Retry:MaxDelay.");
        }

        if (retry.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("Teams:Retry:MaxRetryAfter must not be negative.");
        }
    }
}
