namespace ChatOps.Host.Jobs;

/// <summary>
/// What the worker's log says about a failed request, so an operator can act on it: the exception's message when our
/// own code raised it (our messages name settings, ids and states, never the text of a draft or of a person's message),
/// and no more than the exception's type when a library raised it, whose message may quote what it was given.
/// </summary>
internal static class FailureReason
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var thrower = exception.TargetSite?.DeclaringType?.Assembly.GetName().Name;
        return thrower is not null && thrower.StartsWith("ChatOps.", StringComparison.Ordinal)
            ? string.Join(' ', exception.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : $"raised in {thrower ?? "an unknown place"}; the message is not logged";
    }
}
