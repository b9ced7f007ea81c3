using ChatOps.Slack.Endpoints;
using ChatOps.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

        // Events are the hot path (a burst of them is every message in the workspace): a plain request delegate on
        // the one endpoint instance (resolved at the first request, so a bad setting is reported by start-up's checks),
        // with no per-request service scope or parameter binding.
        var services = endpoints.ServiceProvider;
        SlackEventsEndpoint? events = null;
        group.MapPost("/events", (RequestDelegate)(async context =>
        {
            events ??= services.GetRequiredService<SlackEventsEndpoint>();
            var result = await events.HandleAsync(context, context.RequestAborted);

            // A response is 200 until set otherwise. Ok's ExecuteAsync would only set it again, after resolving a logger
            // factory from the request's services, which creates a service scope for every acknowledgement.
            if (result is not Ok)
            {
                await result.ExecuteAsync(context);
            }
        }));
        group.MapPost("/commands", ([FromServices] SlackCommandsEndpoint endpoint, HttpContext context, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(context, cancellationToken));
        group.MapPost("/interactive", ([FromServices] SlackInteractiveEndpoint endpoint, HttpContext context, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(context, cancellationToken));
        return group;
    }
}
