using ChatOps.Teams.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Teams surface: <c>POST /api/messages</c>, where the Bot Connector delivers activities.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public static RouteGroupBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api");

        // Authentication is the handler's first step (Bot Framework JWT or loopback-only Emulator mode), not a policy.
        group.MapPost("/messages", (HttpContext context, [FromServices] TeamsMessagesHandler handler, CancellationToken cancellationToken) =>
                handler.HandleAsync(context, cancellationToken))
            .WithName("TeamsMessages");
        return group;
    }
}
