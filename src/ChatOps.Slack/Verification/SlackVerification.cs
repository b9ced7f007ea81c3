namespace ChatOps.Slack.Verification;

/// <summary>The outcome of checking one request's v0 signature; everything but <see cref="Valid"/> is answered 401.</summary>
public enum SlackVerification
{
    Valid,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    OutsideWindow,
    UnknownVersion,
    Mismatch,
}
