namespace ChatOps.Host.Console;

/// <summary>The console's API answers only when the console is on, and only requests made directly on this machine.</summary>
internal sealed class ConsoleGate(ConsoleAccess access) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!access.Enabled)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem($"The console is off: {access.WhyOff}.", statusCode: 404));
        }

        return access.Serves(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Problem("The console answers only requests made directly on this machine (loopback, not through a proxy).", statusCode: 403));
    }
}
