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
                failures.Add($"Teams:AppId is \"{options.AppId}\"; set it to the bot's Microsoft App ID, a GUID such as 5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b (environment: Teams__AppId).");
            }

            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                failures.Add("Teams:AppPassword is missing; set it to the bot's client secret whenever Teams:AppId is set (environment: Teams__AppPassword).");
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

        if (options.IsAuthenticationEnabled && options.Emulator == true)
        {
            failures.Add("Teams:Emulator is true but Teams:AppId is set: with an app id every request is authenticated; remove Teams:Emulator (environment: Teams__Emulator).");
        }

        CheckUrl(failures, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl, httpOnLoopback: true);
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            // MSAL asks its authority for tokens over https only, loopback included; http would fail every reply.
            CheckUrl(failures, "Teams:Authority", options.Authority, httpOnLoopback: false);
        }

        CheckRetry(failures, options.Retry);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string setting, string? value, bool httpOnLoopback)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{setting} must be an absolute https URL (got \"{value}\").");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(httpOnLoopback && uri.IsLoopback))
        {
            failures.Add(httpOnLoopback
                ? $"{setting} must use https (plain http is allowed only on loopback, for tests); got \"{value}\"."
                : $"{setting} must use https, loopback included (MSAL asks for tokens over https only); got \"{value}\".");
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
