using ChatOps.Core.Cards;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Host.Jobs;

namespace ChatOps.Host.Console;

/// <summary>The local console's API: people, threads, messages, card actions, the ledger and the scorecard.</summary>
internal static class ConsoleEndpoints
{
    private const int MaxTextLength = 20_000;
    private const int MaxWaitSeconds = 60;

    public static RouteGroupBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/console/api").AddEndpointFilter<ConsoleGate>();
        api.MapGet("/people", (ChatOpsPolicy policy) => TypedResults.Ok(ConsoleIdentity.People(policy)));
        api.MapGet("/workflows", (ChatOpsPolicy policy) => TypedResults.Ok(policy.Workflows.Keys.Order(StringComparer.Ordinal)));
        api.MapGet("/threads", (ConsoleThreads threads) => TypedResults.Ok(threads.Ids));
        api.MapGet("/threads/{id}", GetThreadAsync);
        api.MapPost("/threads/{id}/messages", PostMessageAsync);
        api.MapPost("/threads/{id}/actions", PostActionAsync);
        api.MapConsoleLedger();
        api.MapConsoleStats();
        return api;
    }

    /// <summary>
    /// The thread as <paramref name="as"/> sees it. With <c>after=N</c> (the entries the caller has), the answer waits
    /// until there are more than N, or <c>wait</c> seconds pass (default 20, at most 60): a page or script waiting for
    /// the bot's answer gets it as soon as it is posted, without asking again and again.
    /// </summary>
    private static async Task<IResult> GetThreadAsync(string id, string? @as, string? after, string? wait, ConsoleThreads threads, TimeProvider time, CancellationToken cancellationToken)
    {
        if (WaitFor(after, wait) is not { } waitFor)
        {
            return TypedResults.Problem(
                $"after must be a whole number of entries (0 or more) and wait a whole number of seconds from 1 to {MaxWaitSeconds}; got after={after ?? "(none)"}, wait={wait ?? "(none)"}.",
                statusCode: 400);
        }

        var thread = threads.Get(id);
        var deadline = time.GetTimestamp() + (long)(waitFor.Wait.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            // Taken before the read: a change between the read and the wait still ends the wait.
            var changed = thread.Changed;
            var visible = thread.Snapshot().Where(e => e.OnlyFor is null || e.OnlyFor == @as).ToArray();
            var left = TimeSpan.FromSeconds((double)(deadline - time.GetTimestamp()) / time.TimestampFrequency);
            if (visible.Length > waitFor.After || left <= TimeSpan.Zero)
            {
                return TypedResults.Ok(visible.Select(e => ConsoleView.Of(e, @as)));
            }

            try
            {
                await changed.WaitAsync(left, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Answered with what there is, as without a wait.
            }
        }
    }

    private static (int After, TimeSpan Wait)? WaitFor(string? after, string? wait)
    {
        if (after is null)
        {
            return wait is null ? (int.MaxValue, TimeSpan.Zero) : null;
        }

        if (!int.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seen))
        {
            return null;
        }

        var seconds = 20;
        if (wait is not null && (!int.TryParse(wait, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seconds) || seconds is < 1 or > MaxWaitSeconds))
        {
            return null;
        }

        return (seen, TimeSpan.FromSeconds(seconds));
    }

    private static async Task<IResult> PostMessageAsync(string id, ConsoleMessageBody body, ChatOpsPolicy policy, ConsoleThreads threads, ConversationInbox queue, PerPersonRateLimit limit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Refuse(body.As, body.Text, policy) is { } problem)
        {
            return problem;
        }

        if (limit.TryAcquire(body.As) is { } wait)
        {
            return TooMany(wait);
        }

        var thread = threads.Get(id);
        var history = History(thread);
        thread.Add(new ConsoleEntry(body.As, time.GetUtcNow(), body.Text, null, null, null));
        var message = new IncomingMessage(ConsoleIdentity.Person(body.As), ConsoleIdentity.Thread(id), body.Text)
        {
            Thread = history,
            DeliveryId = $"console:{Guid.NewGuid():N}",
        };
        await queue.EnqueueAsync(new ConversationWork(message, null, ConsoleIdentity.ReplyTo(id, body.As)), cancellationToken);
        return TypedResults.Accepted($"/console/api/threads/{id}");
    }

    private static async Task<IResult> PostActionAsync(string id, ConsoleActionBody body, ChatOpsPolicy policy, ConsoleThreads threads, ConversationInbox queue, PerPersonRateLimit limit, CancellationToken cancellationToken)
    {
        if (Refuse(body.As, body.Verb, policy) is { } problem)
        {
            return problem;
        }

        if (limit.TryAcquire(body.As) is { } wait)
        {
            return TooMany(wait);
        }

        var action = new IncomingAction(ConsoleIdentity.Person(body.As), ConsoleIdentity.Thread(id), body.Verb, body.Data)
        {
            Inputs = body.Inputs ?? [],
            // An edit is checked against the same thread sources as the draft it replaces.
            Thread = body.Verb == CardVerbs.Edit ? History(threads.Get(id)) : [],
            DeliveryId = $"console:{Guid.NewGuid():N}",
        };
        await queue.EnqueueAsync(new ConversationWork(null, action, ConsoleIdentity.ReplyTo(id, body.As)), cancellationToken);
        return TypedResults.Accepted($"/console/api/threads/{id}");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Refuse(string? person, string? text, ChatOpsPolicy policy)
    {
        if (string.IsNullOrWhiteSpace(person) || !ConsoleIdentity.People(policy).Contains(person, StringComparer.Ordinal))
        {
            return TypedResults.Problem($"\"{person}\" is not a console person in the policy; pick one of: {string.Join(", ", ConsoleIdentity.People(policy))}.", statusCode: 400);
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return TypedResults.Problem($"The text must be 1 to {MaxTextLength} characters.", statusCode: 400);
        }

        return null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooMany(TimeSpan wait) =>
        TypedResults.Problem($"Too many requests; try again in {Math.Ceiling(wait.TotalSeconds)} s.", statusCode: 429,
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = Math.Ceiling(wait.TotalSeconds) });

    // What people said in the thread, not the bot's answers nor commands to it (the core's one command vocabulary).
    internal static ThreadMessage[] History(ConsoleThread thread) => thread.Snapshot()
        .Where(e => e.Text is not null && e.Author != "chatops" && !CommandParser.IsCommand(e.Text))
        .Select(e => new ThreadMessage(e.Author, e.At, e.Text!, null))
        .ToArray();
}
