using System.CommandLine;
using System.Globalization;
using ChatOps.Cli.Input;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

namespace ChatOps.Cli.Commands;

/// <summary><c>chatops outbox list [--failed]</c> and <c>chatops outbox retry JOB</c>: the write-back queue, as operators see it.</summary>
internal static class OutboxCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Command("outbox", "List the write-backs, reminders and expiries still to run, or retry a failed one.") { List(context), Retry(context) };
    }

    private static Command List(CliContext context)
    {
        var failed = new Option<bool>("--failed") { Description = "Only the jobs that failed and wait for a retry." };
        var ledger = LedgerConnection.Option();
        var command = new Command("list", "List pending and failed jobs: id, state, kind, workflow, draft, attempts, due time and the last error.") { failed, ledger };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var store = await LedgerConnection.OpenAsync(parseResult.GetValue(ledger)!, cancellationToken);
            try
            {
                var jobs = await store.ListAsync(parseResult.GetValue(failed), cancellationToken);
                foreach (var job in jobs)
                {
                    await context.Console.Out.WriteLineAsync(Line(job));
                }

                await context.Console.Out.WriteLineAsync($"{jobs.Count.ToString(CultureInfo.InvariantCulture)} job(s){(parseResult.GetValue(failed) ? " failed" : " not done")}");
                return ExitCodes.Success;
            }
            finally
            {
                await LedgerConnection.CloseAsync(store);
            }
        });
        return command;
    }

    private static Command Retry(CliContext context)
    {
        var job = new Argument<string>("JOB") { Description = "The job's id (from `outbox list`) or its idempotency key, e.g. wb:d-…:<version>." };
        var reason = new Option<string?>("--reason") { Description = "Why it is retried (recorded in the ledger)." };
        var ledger = LedgerConnection.Option();
        var command = new Command("retry", "Run a failed job again now, with its attempts reset; the retry is recorded in the ledger.") { job, reason, ledger };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var store = await LedgerConnection.OpenAsync(parseResult.GetValue(ledger)!, cancellationToken);
            try
            {
                var id = parseResult.GetValue(job)!;
                var requeued = await store.RequeueAsync(id, DateTimeOffset.UtcNow, cancellationToken)
                    ?? throw new CliInputException($"no failed job \"{id}\"; `chatops outbox list --failed` shows the ones that can be retried.");
                var retried = new WriteBackRetriedV1(requeued.IdempotencyKey, PolicyOption.Operator(), parseResult.GetValue(reason) ?? $"retried after: {requeued.LastError}",
                    LedgerTime.Format(DateTimeOffset.UtcNow));
                await store.AppendAsync(LedgerAppend.Of(LedgerBodies.Entry(retried, requeued.Workflow, requeued.DraftId, null, null, null)), cancellationToken);
                await context.Console.Out.WriteLineAsync($"job {requeued.Id.ToString(CultureInfo.InvariantCulture)} ({requeued.IdempotencyKey}) is pending again; the running host picks it up within seconds");
                return ExitCodes.Success;
            }
            finally
            {
                await LedgerConnection.CloseAsync(store);
            }
        });
        return command;
    }

    private static string Line(OutboxJob job) =>
        $"{job.Id.ToString(CultureInfo.InvariantCulture),6}  {job.State,-7}  {job.Kind,-14}  {job.Workflow,-18}  {job.DraftId ?? "-",-18}  attempts {job.Attempts.ToString(CultureInfo.InvariantCulture)}  due {job.DueAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z" +
        (job.LastError is { Length: > 0 } error ? $"  last error: {error}" : string.Empty);
}
