namespace ChatOps.Slack.Authentication;

/// <summary>The outcome of checking one request's v0 signature; everything but <see cref="Valid"/> is answered 401.</summary>
public enum SlackVerification
{
    Valid,
    NoSigningSecret,
    MissingHeaders,

    /// <summary>A Slack header came more than once: nothing says which one Slack sent.</summary>
    RepeatedHeaders,
    MalformedTimestamp,
    OutsideWindow,
    UnknownVersion,
    Mismatch,
}
