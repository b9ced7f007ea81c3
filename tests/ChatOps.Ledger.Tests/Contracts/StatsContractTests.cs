using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;
using ChatOps.Ledger.Sql;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>The scorecard's figures, folded by the store behind its appends and caught up by every read, read back summed; and the ledger browser's searches.</summary>
public abstract class StatsContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    private static readonly Dictionary<string, string?> Prompts = new(StringComparer.Ordinal) { ["customer-update"] = "sha256:cu-v2", ["postmortem"] = "sha256:pm-v1" };

    private async Task AppendAsync(string kind, string? draft, JsonObject payload, string workflow = "customer-update", string? thread = "slack/C1/1700000000.000100", string? ticket = "SUP-1") =>
        await Store.AppendAsync(LedgerAppend.Of(new LedgerEntry(kind, workflow, draft, thread, ticket, null, payload)));

    private static JsonObject Draft(string by, string endpoint = "offline", string cost = "0.002", string input = "1000", string output = "200") => new()
    {
        ["drafter"] = by, ["model_id"] = endpoint, ["output_hash"] = Guid.NewGuid().ToString("N"),
        ["model_settings"] = new JsonObject { ["model"] = "m", ["cost"] = cost, ["input_tokens"] = input, ["output_tokens"] = output },
    };

    private static JsonObject Check(params string[] rules) => new()
    {
        ["verdict"] = rules.Length == 0 ? "accepted" : "rejected",
        ["findings"] = new JsonArray(rules.Select(r => (JsonNode)new JsonObject { ["rule"] = r, ["line"] = 1 }).ToArray()),
    };

    private static JsonObject Decision(string by, string verdict) => new() { ["by"] = by, ["verdict"] = verdict, ["roles"] = new JsonArray("comms-lead") };

    /// <summary>
    /// Two days of a customer-update workflow: d1 rejected first (two rules), edited, accepted, approved after 4 s and
    /// written back; d2 accepted first, changes requested after 2 h 10 min; d3 itemised by model-call records; one failed write-back.
    /// </summary>
    private async Task SeedAsync()
    {
        await AppendAsync(LedgerRecordKinds.DraftCreated, "d1", Draft("alice"));
        await AppendAsync(LedgerRecordKinds.CheckResult, "d1", Check("uncited-claim", "unlabelled-unknown", "uncited-claim"));
        await AppendAsync(LedgerRecordKinds.DraftCreated, "d1", new JsonObject { ["drafter"] = "alice", ["model_id"] = "human", ["output_hash"] = "e" });
        await AppendAsync(LedgerRecordKinds.CheckResult, "d1", Check());
        await AppendAsync(LedgerRecordKinds.ApprovalRequested, "d1", new JsonObject { ["by"] = "alice", ["to_people"] = new JsonArray("bob") });
        Time.Advance(TimeSpan.FromSeconds(4));
        await AppendAsync(LedgerRecordKinds.Decision, "d1", Decision("bob", "Approve"));
        await AppendAsync(LedgerRecordKinds.WriteBack, "d1", new JsonObject { ["target"] = "journal", ["outcome"] = "posted" });

        Time.Advance(TimeSpan.FromDays(1));
        await AppendAsync(LedgerRecordKinds.DraftCreated, "d2", Draft("carol", endpoint: "azure-gpt", cost: "0.5", input: "3000", output: "900"), ticket: "SUP-2", thread: "console/console/t2");
        await AppendAsync(LedgerRecordKinds.CheckResult, "d2", Check(), ticket: "SUP-2", thread: "console/console/t2");
        await AppendAsync(LedgerRecordKinds.ApprovalRequested, "d2", new JsonObject { ["by"] = "carol" }, ticket: "SUP-2", thread: "console/console/t2");
        Time.Advance(TimeSpan.FromMinutes(130));
        await AppendAsync(LedgerRecordKinds.Decision, "d2", Decision("bob", "RequestChanges"), ticket: "SUP-2", thread: "console/console/t2");
        await AppendAsync(LedgerRecordKinds.WriteBack, "d2", new JsonObject { ["target"] = "jira", ["outcome"] = "failed", ["reason"] = "401" }, ticket: "SUP-2", thread: "console/console/t2");

        // d3: its draft-created totals are counted until its model calls itemise them (one before, one after).
        await AppendAsync(LedgerRecordKinds.DraftCreated, "d3", Draft("alice", endpoint: "azure-gpt", cost: "1.0", input: "5000", output: "1000"), workflow: "postmortem");
        await AppendAsync(LedgerRecordKinds.ModelCall, "d3", new JsonObject { ["endpoint"] = "azure-gpt", ["cost"] = 0.25, ["input_tokens"] = 2000, ["output_tokens"] = 400 }, workflow: "postmortem");
        await AppendAsync(LedgerRecordKinds.ModelCall, "d3", new JsonObject { ["endpoint"] = "escalation", ["cost"] = 0.75, ["input_tokens"] = 3000, ["output_tokens"] = 600 }, workflow: "postmortem");

        await AppendAsync(LedgerRecordKinds.PromptEval, null, new JsonObject { ["prompt_version_hash"] = "sha256:cu-v1", ["passed"] = true });
        await AppendAsync(LedgerRecordKinds.PromptEval, null, new JsonObject { ["prompt_version_hash"] = "sha256:cu-v2", ["passed"] = false });
        await AppendAsync(LedgerRecordKinds.PromptEval, null, new JsonObject { ["prompt_version_hash"] = "sha256:cu-v2", ["passed"] = true });
        await AppendAsync(LedgerRecordKinds.PromptEval, null, new JsonObject { ["prompt_version_hash"] = "sha256:pm-v0", ["passed"] = true }, workflow: "postmortem");
    }

    private Task<ScorecardReport> ReportAsync(StatsQuery? query = null) => new ScorecardService(Store, Prompts).ReadAsync(query ?? new StatsQuery());

    [Fact]
    public async Task Scorecard_FromKeptFigures_CountsEveryMetric()
    {
        await SeedAsync();

        var report = await ReportAsync();

        var t = report.Totals;
        Assert.Equal(3, t.Drafts);
        Assert.Equal(1, t.FirstPassAccepted); // d2; d3 was never checked
        Assert.Equal(1, t.FirstPassRejected); // d1, accepted only after its edit
        Assert.Equal(0.5, t.FirstPassRate);
        Assert.Equal(3, t.Checks);
        Assert.Equal(1, t.RejectedChecks);
        Assert.Equal(new Dictionary<string, long> { ["uncited-claim"] = 1, ["unlabelled-unknown"] = 1 }, t.RejectionsByRule);
        Assert.Equal(2, t.Reviews);
        Assert.Equal("4 s", t.ReviewLatencyMedian!.Text);
        Assert.Equal("2 h 10 min", t.ReviewLatencyP90!.Text);
        Assert.Equal((1, 0, 1), (t.Approved, t.Rejected, t.ChangesRequested));
        Assert.Equal((1, 1), (t.WriteBacksDone, t.WriteBacksFailed));

        // d1 0.002 + d2 0.5 from their draft records; d3 from its model calls only (0.25 + 0.75), not its totals too.
        Assert.Equal(1.502m, t.Cost);
        Assert.Equal(1000 + 3000 + 2000 + 3000, t.InputTokens);
        Assert.Equal(
            [("customer-update", "azure-gpt", 1L, 0.5m), ("customer-update", "offline", 1L, 0.002m), ("postmortem", "azure-gpt", 1L, 0.25m), ("postmortem", "escalation", 1L, 0.75m)],
            report.Spend.Select(s => (s.Workflow, s.Endpoint, s.Calls, s.Cost)));

        // customer-update's prompt in use (cu-v2) has a passing run; postmortem's passing run was of an older prompt.
        Assert.Equal(1, report.EvalCoverage.Covered);
        Assert.Equal(2, report.EvalCoverage.Workflows);
        Assert.Equal((true, 1L, 2L), report.EvalCoverage.PerWorkflow.Single(w => w.Workflow == "customer-update") is var cu ? (cu.Passing, cu.PassingRuns, cu.Runs) : default);
    }

    [Fact]
    public async Task Scorecard_PerWorkflowAndPerDay_SplitsTheSameFigures()
    {
        await SeedAsync();

        var report = await ReportAsync();

        Assert.Equal(["customer-update", "postmortem"], report.Workflows.Select(w => w.Workflow));
        Assert.Equal(2, report.Workflows[0].Figures.Drafts);
        Assert.Equal(["2026-01-05", "2026-01-06"], report.Series.Select(p => p.Period));
        Assert.Equal((1L, "4 s"), (report.Series[0].Figures.Drafts, report.Series[0].Figures.ReviewLatencyMedian!.Text));
        Assert.Equal((2L, "2 h 10 min"), (report.Series[1].Figures.Drafts, report.Series[1].Figures.ReviewLatencyMedian!.Text));
    }

    [Fact]
    public async Task Scorecard_SinceAWorkflowAndByWeek_Filters()
    {
        await SeedAsync();

        var since = await ReportAsync(new StatsQuery(Since: new DateOnly(2026, 1, 6)));
        var postmortem = await ReportAsync(new StatsQuery(Workflow: "postmortem"));
        var weekly = await ReportAsync(new StatsQuery(Bucket: StatsBucket.Week));

        Assert.Equal(2, since.Totals.Drafts);
        Assert.Equal(0, since.Totals.Approved);
        Assert.Equal(1, postmortem.Totals.Drafts);
        Assert.Equal(1.0m, postmortem.Totals.Cost);
        Assert.Equal(["postmortem"], postmortem.EvalCoverage.PerWorkflow.Select(w => w.Workflow));
        Assert.Equal(["2026-01-05"], weekly.Series.Select(p => p.Period)); // Monday 5 January: both days are in its week.
        Assert.Equal(3, weekly.Series[0].Figures.Drafts);
    }

    [Fact]
    public async Task Projections_DroppedAndRebuilt_OnOpen_GiveTheSameFigures()
    {
        await SeedAsync();
        var before = await ReportAsync();

        // A ledger from before the projections existed: they are folded in when the store opens.
        await Stores.ExecuteSqlAsync("DELETE FROM ledger_figures; DELETE FROM ledger_figures_before; DELETE FROM ledger_snapshot_weeks; DELETE FROM ledger_actors; UPDATE ledger_projection_head SET seq = 0;");
        await Store.InitializeAsync();
        var after = await ReportAsync();

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
        Assert.Equal(2, (await Store.SearchAsync(new LedgerSearch(Person: "carol"), null, 10)).Count);
    }

    [Fact]
    public async Task ReadsRightAfterAppends_SeeThem_ThoughTheAppendsLeaveTheProjectionsBehind()
    {
        await SeedAsync();
        var before = await ReportAsync();
        await AppendAsync(LedgerRecordKinds.DraftCreated, "d5", Draft("erin"), thread: "console/console/t5", ticket: "SUP-5");
        await AppendAsync(LedgerRecordKinds.Decision, "d5", Decision("frank", "Approve"), thread: "console/console/t5", ticket: "SUP-5");

        // The appends wrote the chain only: the projections are folded behind them, not in their transaction.
        Assert.True(await ProjectedAsync() < (await Store.HeadAsync()).Sequence);

        // Each read folds what it would otherwise miss before it reads.
        Assert.Equal(before.Totals.Drafts + 1, (await ReportAsync()).Totals.Drafts);
        Assert.Equal(before.Totals.Approved + 1, (await ReportAsync()).Totals.Approved);
        await AppendAsync(LedgerRecordKinds.Decision, "d5", Decision("gina", "Approve"), thread: "console/console/t6", ticket: "SUP-6");
        Assert.Single(await Store.SearchAsync(new LedgerSearch(Person: "gina"), null, 10));
        await AppendAsync(LedgerRecordKinds.WriteBack, "d5", new JsonObject { ["target"] = "journal", ["outcome"] = "posted" }, thread: "console/console/t7", ticket: "SUP-7");
        Assert.Single(await Store.SearchAsync(new LedgerSearch(Thread: "t7"), null, 10));
        await AppendAsync(LedgerRecordKinds.Decision, "d5", Decision("hugo", "Reject"), thread: "console/console/t8", ticket: "SUP-8");
        var exported = new List<LedgerRecord>();
        await foreach (var record in Store.ExportAsync(new LedgerSearch(Person: "hugo")))
        {
            exported.Add(record);
        }

        Assert.Single(exported);
        Assert.Equal((await Store.HeadAsync()).Sequence, await ProjectedAsync());
    }

    [Fact]
    public async Task FoldLostToACrash_IsDoneAgainByTheNextReads_OnceWithTheSameFigures()
    {
        await SeedAsync();
        var before = await ReportAsync();

        // As if the process died after its appends committed and before any fold of them did: nothing is projected.
        await Stores.ExecuteSqlAsync("DELETE FROM ledger_figures; DELETE FROM ledger_figures_before; DELETE FROM ledger_snapshot_weeks; DELETE FROM ledger_actors; DELETE FROM ledger_thread_names; UPDATE ledger_projection_head SET seq = 0 WHERE id = 2;");

        // Four readers at once each find the projections behind and fold: one fold's sums are written, never two.
        var after = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReportAsync()));

        Assert.All(after, report => Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(report)));
        Assert.Equal(2, (await Store.SearchAsync(new LedgerSearch(Person: "carol"), null, 10)).Count);
        Assert.Equal(5, (await Store.SearchAsync(new LedgerSearch(Thread: "t2"), null, 10)).Count);
    }

    [Fact]
    public async Task Projector_FoldsTheAppendsOnceTheyPause_WithTheFiguresAFoldOfTheChainGives()
    {
        await SeedAsync();
        using var stop = new CancellationTokenSource();
        var failures = new List<Exception>();
        var projector = Store.ProjectBehindAppendsAsync(failures.Add, stop.Token);
        await AppendAsync(LedgerRecordKinds.Decision, "d5", Decision("erin", "Approve"), thread: "console/console/t5", ticket: "SUP-5");
        Assert.True(await ProjectedAsync() < (await Store.HeadAsync()).Sequence);

        // Appends have paused for the quiet period: the projector folds them, with no read asking.
        var head = (await Store.HeadAsync()).Sequence;
        for (var waited = 0; await ProjectedAsync() < head; waited++)
        {
            Assert.True(waited < 3000, "The projector did not fold the appends within 30 s of their pause.");
            Time.Advance(SqlLedgerStore.ProjectorQuietPeriod);
            await Task.Delay(10);
        }

        var folded = await ReportAsync();
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => projector);
        Assert.Empty(failures);
        await Stores.ExecuteSqlAsync("DELETE FROM ledger_figures; DELETE FROM ledger_figures_before; DELETE FROM ledger_snapshot_weeks; DELETE FROM ledger_actors; DELETE FROM ledger_thread_names; UPDATE ledger_projection_head SET seq = 0 WHERE id = 2;");
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(await ReportAsync()), System.Text.Json.JsonSerializer.Serialize(folded));
    }

    private Task<long> ProjectedAsync() => Stores.QueryNumberAsync("SELECT seq FROM ledger_projection_head WHERE id = 2");

    [Fact]
    public async Task NewDraftAppendedWithItsModelCalls_IsFoldedAsTheChainFoldsIt()
    {
        await SeedAsync();
        var created = new LedgerEntry(LedgerRecordKinds.DraftCreated, "postmortem", "d4", "slack/C1/4", "SUP-4", "draft:d4", Draft("dave", endpoint: "azure-gpt", cost: "0.9", input: "4000", output: "800"));
        var small = new LedgerEntry(LedgerRecordKinds.ModelCall, "postmortem", "d4", "slack/C1/4", "SUP-4", null,
            new JsonObject { ["endpoint"] = "azure-gpt", ["cost"] = 0.3, ["input_tokens"] = 1500, ["output_tokens"] = 300 });
        var escalation = new LedgerEntry(LedgerRecordKinds.ModelCall, "postmortem", "d4", "slack/C1/4", "SUP-4", null,
            new JsonObject { ["endpoint"] = "escalation", ["cost"] = 0.5, ["input_tokens"] = 2500, ["output_tokens"] = 500 });

        // One append that holds only if d4 has no records yet: the fold looks d4's earlier records up in the append itself.
        var result = await Store.AppendAsync(new LedgerAppend([created, small, escalation], [], "d4", ExpectedDraftSequence: 0));
        var kept = await ReportAsync();
        await Stores.ExecuteSqlAsync("DELETE FROM ledger_figures; DELETE FROM ledger_figures_before; DELETE FROM ledger_snapshot_weeks; DELETE FROM ledger_actors; UPDATE ledger_projection_head SET seq = 0;");
        await Store.InitializeAsync();
        var refolded = await ReportAsync();

        Assert.Equal(AppendStatus.Appended, result.Status);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(refolded), System.Text.Json.JsonSerializer.Serialize(kept));
        Assert.Equal(4, kept.Totals.Drafts);
        Assert.Equal(1.502m + 0.8m, kept.Totals.Cost); // d4 from its model calls (0.3 + 0.5), not its 0.9 of totals too
    }

    /// <summary>
    /// Five weeks of drafts in two workflows (Monday 5 January on), each checked, requested and decided, and one draft
    /// of day 3 whose model call itemises it on day 12: its totals leave day 3, a week that already has a snapshot after it.
    /// </summary>
    private async Task SeedWeeksAsync()
    {
        for (var day = 0; day < 35; day++)
        {
            var workflow = day % 2 == 0 ? "customer-update" : "postmortem";
            var draft = $"w{day}";
            await AppendAsync(LedgerRecordKinds.DraftCreated, draft, Draft("alice", endpoint: day % 3 == 0 ? "azure-gpt" : "offline", cost: "0.1"), workflow);
            await AppendAsync(LedgerRecordKinds.CheckResult, draft, day % 4 == 0 ? Check("uncited-claim") : Check(), workflow);
            await AppendAsync(LedgerRecordKinds.ApprovalRequested, draft, new JsonObject { ["by"] = "alice" }, workflow);
            Time.Advance(TimeSpan.FromMinutes(1 + day));
            await AppendAsync(LedgerRecordKinds.Decision, draft, Decision("bob", day % 5 == 0 ? "Reject" : "Approve"), workflow);
            if (day == 3)
            {
                await AppendAsync(LedgerRecordKinds.DraftCreated, "late", Draft("carol", endpoint: "azure-gpt", cost: "2.0", input: "9000"), "postmortem");
            }

            if (day == 12)
            {
                await AppendAsync(LedgerRecordKinds.ModelCall, "late", new JsonObject { ["endpoint"] = "escalation", ["cost"] = 0.5, ["input_tokens"] = 100 }, "postmortem");
            }

            Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1 + day));
        }
    }

    [Fact]
    public async Task WorkflowTotals_SinceAnyDay_EqualTheDaysFromItOn_AcrossWeeksAndALateItemisation()
    {
        await SeedWeeksAsync();

        for (var since = new DateOnly(2026, 1, 3); since <= new DateOnly(2026, 2, 11); since = since.AddDays(1))
        {
            var totals = await Store.ReadStatsAsync(new StatsQuery(since));
            foreach (var workflow in new[] { "customer-update", "postmortem" })
            {
                // The reference: the workflow's own day rows from that day on, summed here.
                var days = await Store.ReadStatsAsync(new StatsQuery(since, Workflow: workflow) { Grouping = StatsGrouping.ByPeriod });
                var expected = days.GroupBy(r => (r.Metric, r.Dimension)).ToDictionary(g => g.Key, g => (Count: g.Sum(r => r.Count), Total: g.Sum(r => r.Total)));
                var actual = totals.Where(r => r.Workflow == workflow).ToDictionary(r => (r.Metric, r.Dimension), r => (r.Count, r.Total));
                foreach (var key in expected.Keys.Union(actual.Keys))
                {
                    var (e, a) = (expected.GetValueOrDefault(key), actual.GetValueOrDefault(key));
                    Assert.True(e.Count == a.Count && Math.Abs(e.Total - a.Total) < 1e-6, $"{workflow} since {since:yyyy-MM-dd}, {key}: expected {e}, read {a}");
                }
            }
        }

        var all = await ReportAsync();
        Assert.Equal(36, all.Totals.Drafts);
        Assert.Equal(35, all.Totals.Reviews);
        Assert.Equal(0.1m * 35 + 0.5m, all.Totals.Cost); // the late draft's 2.0 counted only until its model call itemised it
        var sinceDay10 = await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 15)));
        Assert.Equal(25, sinceDay10.Totals.Drafts);
        Assert.Equal(0.1m * 25 + 0.5m, sinceDay10.Totals.Cost);
        var sinceDay2 = await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 7)));
        Assert.Equal(0.1m * 33 + 0.5m, sinceDay2.Totals.Cost);
    }

    [Fact]
    public async Task WeekSeries_FromADayInsideAWeek_CountsThatWeekFromTheDayOn()
    {
        await SeedWeeksAsync();

        var weeks = await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 14), StatsBucket.Week));
        var days = await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 14)));

        Assert.Equal(["2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02"], weeks.Series.Select(p => p.Period));
        Assert.Equal([5L, 7L, 7L, 7L], weeks.Series.Select(p => p.Figures.Drafts)); // Wednesday 14th to Sunday 18th, then whole weeks
        Assert.Equal(days.Series.Sum(p => p.Figures.Drafts), weeks.Series.Sum(p => p.Figures.Drafts));
        Assert.Equal(days.Totals.Drafts, weeks.Totals.Drafts);
    }

    [Fact]
    public async Task FiguresOfAnEarlierBuild_AreMigratedOnOpen_KeepingThoseOfRedactedRecords()
    {
        await SeedWeeksAsync();
        StatsQuery[] queries = [new(), new(new DateOnly(2026, 1, 14)), new(new DateOnly(2026, 1, 14), StatsBucket.Week), new(Workflow: "postmortem", Bucket: StatsBucket.Week)];
        var before = new List<string>();
        foreach (var query in queries)
        {
            before.Add(System.Text.Json.JsonSerializer.Serialize(await ReportAsync(query)));
        }

        // The ledger as an earlier build left it: figures per day and workflow in ledger_stats up to its head row (row 1).
        await Stores.ExecuteSqlAsync("""
            CREATE TABLE ledger_stats (day TEXT NOT NULL, week TEXT NOT NULL, workflow TEXT NOT NULL, metric TEXT NOT NULL, dim TEXT NOT NULL,
                n BIGINT NOT NULL, total DOUBLE PRECISION NOT NULL, PRIMARY KEY (day, workflow, metric, dim));
            INSERT INTO ledger_stats SELECT period, '', scope, metric, dim, n, total FROM ledger_figures WHERE grain = 'day' AND scope <> '*';
            INSERT INTO ledger_projection_head (id, seq) SELECT 1, seq FROM ledger_projection_head WHERE id = 2;
            DELETE FROM ledger_projection_head WHERE id = 2;
            DELETE FROM ledger_figures; DELETE FROM ledger_figures_before; DELETE FROM ledger_snapshot_weeks; DELETE FROM ledger_thread_names;
            """);

        // Retention has since redacted every record's content, so folding the chain again would find no figures.
        Assert.Equal(142, await Store.RedactAsync("customer-update", Time.GetUtcNow()) + await Store.RedactAsync("postmortem", Time.GetUtcNow()));
        await Store.InitializeAsync();

        for (var q = 0; q < queries.Length; q++)
        {
            Assert.Equal(before[q], System.Text.Json.JsonSerializer.Serialize(await ReportAsync(queries[q])));
        }

        // Threads of records before the migrated head are found by their short name too.
        Assert.Equal(142, (await Store.SearchAsync(new LedgerSearch(Thread: "1700000000.000100"), null, 500)).Count);

        // And the figures go on from the migrated head.
        await AppendAsync(LedgerRecordKinds.DraftCreated, "after", Draft("alice"));
        Assert.Equal(37, (await ReportAsync()).Totals.Drafts);
    }

    [Fact]
    public async Task Open_OfALedgerWhoseSchemaAnotherBuildWrote_RunsThisBuildsSchema()
    {
        await SeedWeeksAsync();
        var before = System.Text.Json.JsonSerializer.Serialize(await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 14))));

        // An older build's schema: without the snapshot list (an open of a ledger already current only reads the hash).
        await Stores.ExecuteSqlAsync("UPDATE ledger_schema SET ddl_hash = 'an older build'; DROP TABLE ledger_snapshot_weeks;");
        await Store.InitializeAsync();
        await AppendAsync(LedgerRecordKinds.DraftCreated, "after", Draft("alice"));

        var after = await ReportAsync(new StatsQuery(new DateOnly(2026, 1, 14)));
        Assert.Equal(27, after.Totals.Drafts); // 26 days from the 14th, and the draft after
        Assert.NotEqual(before, System.Text.Json.JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task Search_ByThreadTicketDraftPersonOrAny_NewestFirst_Paged()
    {
        await SeedAsync();

        var byTicket = await Store.SearchAsync(new LedgerSearch(Ticket: "SUP-2"), null, 100);
        var byThread = await Store.SearchAsync(new LedgerSearch(Thread: "console/console/t2"), null, 100);
        var byThreadName = await Store.SearchAsync(new LedgerSearch(Thread: "t2"), null, 100);
        var anyThreadName = await Store.SearchAsync(new LedgerSearch(Any: "t2"), null, 100);
        var byDraft = await Store.SearchAsync(new LedgerSearch(DraftId: "d1"), null, 100);
        var byPerson = await Store.SearchAsync(new LedgerSearch(Person: "bob"), null, 100);
        var any = await Store.SearchAsync(new LedgerSearch(Any: "bob"), null, 100);
        var firstPage = await Store.SearchAsync(new LedgerSearch(DraftId: "d1"), null, 3);
        var secondPage = await Store.SearchAsync(new LedgerSearch(DraftId: "d1"), firstPage[^1].Sequence, 3);

        Assert.Equal(5, byTicket.Count);
        Assert.Equal(byTicket.Select(r => r.Sequence), byThread.Select(r => r.Sequence));
        Assert.Equal(byThread.Select(r => r.Sequence), byThreadName.Select(r => r.Sequence));
        Assert.Equal(byThread.Select(r => r.Sequence), anyThreadName.Select(r => r.Sequence));
        Assert.Empty(await Store.SearchAsync(new LedgerSearch(Thread: "console/t2"), null, 100)); // a name is the last part, whole
        Assert.Equal(7, byDraft.Count);
        Assert.Equal(byDraft.Select(r => r.Sequence).OrderDescending(), byDraft.Select(r => r.Sequence));
        Assert.Equal([LedgerRecordKinds.Decision, LedgerRecordKinds.Decision], byPerson.Select(r => r.Kind));
        Assert.Equal(byPerson.Select(r => r.Sequence), any.Select(r => r.Sequence));
        Assert.Equal(byDraft.Skip(3).Take(3).Select(r => r.Sequence), secondPage.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Export_StreamsEveryMatchInChainOrder()
    {
        await SeedAsync();

        var exported = new List<LedgerRecord>();
        await foreach (var record in Store.ExportAsync(new LedgerSearch(Any: "d1")))
        {
            exported.Add(record);
        }

        Assert.Equal(7, exported.Count);
        Assert.Equal(exported.Select(r => r.Sequence).Order(), exported.Select(r => r.Sequence));
        Assert.All(exported, r => Assert.Equal(LedgerHashes.Record(r), r.Hash));
    }
}
