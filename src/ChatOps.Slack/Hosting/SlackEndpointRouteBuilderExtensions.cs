using ChatOps.Slack.Endpoints;
using ChatOps.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps Slack's three request URLs; each verifies the signature before anything else and answers at once.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    public static RouteGroupBuilder MapSlack(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var registered = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (registered is not null && (!registered.IsService(typeof(ISlackInbox)) || !registered.IsService(typeof(SlackEventsEndpoint))))
        {
            // Fail at start-up, not on Slack's first request.
            throw new InvalidOperationException("MapSlack needs services.AddChatOpsSlack(configuration) and an ISlackInbox registration.");
        }

        var group = endpoints.MapGroup(prefix).ExcludeFromDescription();

        group.MapPost("/events", Events(endpoints.ServiceProvider));
        group.MapPost("/commands", ([FromServices] SlackCommandsEndpoint endpoint, HttpContext context, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(context, cancellationToken));
        group.MapPost("/interactive", ([FromServices] SlackInteractiveEndpoint endpoint, HttpContext context, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(context, cancellationToken));
        return group;
    }

    /// <summary>
    /// Answers <c>POST {prefix}/events</c> before routing runs (call it ahead of <c>UseRouting</c>); any other request,
    /// and another spelling of that path, goes on to the endpoints <see cref="MapSlack"/> maps, the same handler included.
    /// </summary>
    /// <remarks>
    /// Events are the hot path (a burst of them is every message in the workspace) and need nothing routing gives:
    /// matching the route, its method policy and the endpoint middleware were about 3 % of an acknowledgement's CPU.
    /// </remarks>
    public static IApplicationBuilder UseSlackEvents(this IApplicationBuilder app, string prefix = "/slack")
    {
        ArgumentNullException.ThrowIfNull(app);
        var path = new PathString(prefix).Add("/events");
        var events = Events(app.ApplicationServices);
        return app.Use(next => context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                ? events(context)
                : next(context));
    }

    // A plain request delegate on the one endpoint instance (resolved at the first request, so a bad setting is reported
    // by start-up's checks), with no per-request service scope or parameter binding.
    private static RequestDelegate Events(IServiceProvider services)
    {
        SlackEventsEndpoint? events = null;
        return context => (events ??= services.GetRequiredService<SlackEventsEndpoint>()).HandleAsync(context, context.RequestAborted);
    }
}
