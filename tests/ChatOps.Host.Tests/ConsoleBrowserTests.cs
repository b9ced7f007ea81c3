using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChatOps.Host.Tests;

/// <summary>The console in Debian's Chromium: what a person sees and does, by mouse and by keyboard, with no console errors or failed requests.</summary>
public sealed partial class ConsoleBrowserTests
{
    private static async Task SayAsync(IPage page, string text)
    {
        await page.FillAsync("#text", text);
        await page.PressAsync("#text", "Enter");
    }

    /// <summary>Opens the console with every console error, page error and failed request recorded.</summary>
    // The browser raises its events on its own thread while the test reads the lists, so they are concurrent queues.
    private static async Task<(IPage Page, ConcurrentQueue<string> Problems, ConcurrentQueue<string> Requests)> OpenAsync(IBrowser browser, RunningHost host, int width = 1400, int height = 1000, string path = "")
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        page.SetDefaultTimeout(30_000);
        var problems = new ConcurrentQueue<string>();
        var requests = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Enqueue($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"{response.Status} {response.Url}");
            }
        };
        page.Request += (_, request) => requests.Enqueue(new Uri(request.Url).PathAndQuery);
        await page.GotoAsync(host.Client.BaseAddress + path);
        return (page, problems, requests);
    }

    // The page redraws a card whenever its entry changes after it first appears: a card photographed at that moment is
    // detached, so the picture is taken again of the card as it is now.
    private static async Task ScreenshotAsync(ILocator card, string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await card.ScreenshotAsync(new() { Path = path });
                return;
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("not attached", StringComparison.Ordinal))
            {
            }
        }
    }

    [Fact]
    public async Task Journey_DraftRendered_FindingsUnderStatements_ApprovalCardWithLinks_NoErrors()
    {
        await using var host = await RunningHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (page, problems, requests) = await OpenAsync(browser, host);
        await page.SelectOptionAsync("#person", "alice");

        // The draft reads as a document: headings, a list, numbered citations linked to their sources.
        await SayAsync(page, "draft customer-update INC-2041 status for EU customers");
        var draftCard = page.Locator(".card[data-kind=draft]").First;
        await draftCard.Locator("button", new() { HasText = "Submit for approval" }).WaitForAsync();
        Assert.Equal("Service update", await draftCard.Locator(".draft h1").InnerTextAsync());
        Assert.True(await draftCard.Locator(".draft h2").CountAsync() >= 2);
        Assert.True(await draftCard.Locator(".draft ul > li").CountAsync() >= 2);
        Assert.DoesNotContain("# ", await draftCard.Locator(".draft").InnerTextAsync(), StringComparison.Ordinal);

        // A citation shows its source's title and kind when it has the keyboard focus, and links to the source.
        var cite = draftCard.Locator("a.cite").First;
        Assert.Equal("https://tickets.example/INC-2041", await cite.GetAttributeAsync("href"));
        await cite.FocusAsync();
        var tip = page.Locator($"#{await cite.GetAttributeAsync("aria-describedby")}");
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("INC-2041 Checkout errors in the EU", await tip.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("ticket", await tip.InnerTextAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(draftCard, Chromium.ArtifactPath("draft-card.png"));
        var draftId = (await draftCard.Locator("tr", new() { HasText = "Draft" }).Locator("td").First.InnerTextAsync()).Trim();

        // Findings sit under the statement they belong to, with the statement marked, as `chatops check` underlines it.
        await SayAsync(page, $"edit {draftId} # Checkout update\n\n- Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].\n- The cache probably failed.\n\n| Region | Status |\n|---|---|\n| EU | degraded [LOG-7] |");
        var rejected = page.Locator(".card.attention[data-kind=draft]");
        var marked = rejected.Locator("li", new() { Has = page.Locator("mark.finding-span") });
        await marked.WaitForAsync();
        Assert.Equal("The cache probably failed.", await marked.Locator("mark.finding-span").InnerTextAsync());
        Assert.Equal(["uncited-claim", "unlabelled-unknown"], (await marked.Locator(".finding-note .rule").AllInnerTextsAsync()).Order());
        // Numbered per source and supporting sentence, so the table's LOG-7 may get its own number.
        Assert.Matches(@"^degraded \[\d+\]$", (await rejected.Locator(".draft table td").Nth(1).InnerTextAsync()).Trim());
        Assert.Equal(0, await rejected.Locator("li", new() { HasText = "Checkout errors reached" }).Locator("mark").CountAsync());
        await ScreenshotAsync(rejected, Chromium.ArtifactPath("rejected-draft-card.png"));

        // A cited edit is accepted; it is submitted from the keyboard.
        await SayAsync(page, $"edit {draftId} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].");
        var accepted = page.Locator(".card.good[data-kind=draft]").Last;
        var submit = accepted.Locator("button", new() { HasText = "Submit for approval" });
        await submit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var request = page.Locator(".card[data-kind=approvalRequest]");
        await request.Locator(".ac-adaptiveCard").WaitForAsync();
        Assert.Equal(0, await request.Locator("button", new() { HasText = "Approve" }).CountAsync());

        // An approver decides in the card the official Adaptive Cards renderer draws; its Markdown links are links.
        await page.SelectOptionAsync("#person", "bob");
        await request.Locator("button", new() { HasText = "Approve" }).ClickAsync();
        var decided = page.Locator(".card[data-kind=decided]");
        await decided.WaitForAsync();
        Assert.Contains("Approved", await decided.InnerTextAsync(), StringComparison.Ordinal);
        var link = decided.Locator(".ac-adaptiveCard a[href]", new() { HasText = "LOG-7" }).First;
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        Assert.DoesNotMatch(LinkMarkdown(), await decided.InnerTextAsync());
        await ScreenshotAsync(decided, Chromium.ArtifactPath("decided-card.png"));

        await page.FillAsync("#who-query", "");
        await page.PressAsync("#who-query", "Enter");
        await page.Locator(".card", new() { HasText = "Who approved this thread" }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ArtifactPath("console-flow.png"), FullPage = true });

        // The page asks for each thread once per refresh, never once per card or citation.
        Assert.All(requests.Where(r => r.StartsWith("/console/api/", StringComparison.Ordinal)), r =>
            Assert.Matches(@"^/console/api/(people|workflows|threads|threads/incident-2041\?as=\w+|threads/incident-2041/(messages|actions)|ledger/chain)$", r));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Scorecard_ChartsCarryTheLedgersFigures_FiltersByKeyboard()
    {
        await using var host = await RunningHost.StartAsync();
        await ConsoleSeed.ApprovedDraftAsync(host, "inc-2041");
        var eval = await Journeys.ChatOpsCli.RunAsync("eval", "drafts", "--set", Journeys.ChatOpsCli.RepoPath("tests/evalsets/drafting/cases"), "--endpoint", "offline", "--min-pass", "1", "--record", "--ledger", host.LedgerPath);
        Assert.True(eval.ExitCode == 0, eval.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (page, problems, _) = await OpenAsync(browser, host, path: "#scorecard");

        var drafts = page.Locator("#chart-drafts svg.chart[role=img] rect.bar[data-value]");
        await drafts.First.WaitForAsync();
        Assert.Equal("1", await drafts.First.GetAttributeAsync("data-value"));
        Assert.Equal("100%", await page.Locator(".tile", new() { HasText = "First-pass acceptance" }).Locator(".big").InnerTextAsync());
        Assert.Equal(["uncited-claim", "unlabelled-unknown"], (await page.Locator("#chart-rules svg text.label").AllTextContentsAsync()).Order());
        Assert.Matches(@"^\d+ (ms|s)$", await page.Locator(".tile", new() { HasText = "Review latency" }).Locator(".big").InnerTextAsync());
        Assert.Equal("1", await page.Locator("#chart-decisions rect.bar.s1").First.GetAttributeAsync("data-value"));
        Assert.Contains("Drafts per day", await page.Locator("#chart-drafts svg > title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("customer-update", await page.Locator("#chart-workflows tbody th").InnerTextAsync());
        Assert.Equal("4 of 7 workflows", await page.Locator(".tile", new() { HasText = "Eval coverage" }).Locator(".detail").InnerTextAsync());
        Assert.Equal(4, await page.Locator("#chart-evals li.pass").CountAsync());
        Assert.Equal("4", await page.Locator("#chart-evals [role=meter]").GetAttributeAsync("aria-valuenow"));

        // Keyboard only: move to the bucket picker and choose week.
        await page.Locator("#stats-bucket").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Locator(".scope", new() { HasText = "by week" }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ArtifactPath("scorecard.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task LedgerBrowser_SearchTrailVerifyAndExport_ByKeyboard()
    {
        await using var host = await RunningHost.StartAsync();
        var draftId = await ConsoleSeed.ApprovedDraftAsync(host, "inc-2041");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (page, problems, _) = await OpenAsync(browser, host, path: "#ledger");

        await page.SelectOptionAsync("#ledger-field", "ticket");
        await page.FillAsync("#ledger-q", "INC-2041");
        await page.PressAsync("#ledger-q", "Enter");
        var rows = page.Locator("#ledger-results tbody tr");
        await rows.First.WaitForAsync();
        var count = await rows.CountAsync();
        Assert.True(count >= 8, $"{count} records");

        // One draft found: its trail shows draft → checks → approvals → write-back, each record with its hashes.
        var trail = page.Locator("#ledger-trail");
        await trail.Locator("h4", new() { HasText = draftId }).WaitForAsync();
        Assert.Equal(["Draft", "Checks", "Approvals", "Write-back"], await trail.Locator(".stage-group h5").AllTextContentsAsync());
        Assert.All(await trail.Locator("dl.hashes code").AllInnerTextsAsync(), h => Assert.Matches("^[0-9a-f]{64}$", h));
        Assert.Equal(count, await trail.Locator(".badge.ok", new() { HasText = "hashes recompute" }).CountAsync());

        // Verify from the keyboard; the trail then says each record is in the verified chain.
        await page.Locator("#verify").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#verify-result[data-state=verified]", new() { HasText = "Chain verifies" }).WaitForAsync();
        await trail.Locator(".badge.ok", new() { HasText = "in the verified chain" }).Nth(count - 1).WaitForAsync();

        // The trail button of a result row works from the keyboard too.
        await page.Locator("#ledger-results button[data-trail]").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#trail-heading")).ToBeFocusedAsync();

        // Export: the search's records as JSONL, one per line, with their hashes.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ledger-export"));
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync())).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(count, lines.Length);
        Assert.All(lines, l => Assert.Equal("INC-2041", l["ticket"]!.GetValue<string>()));
        Assert.Equal(lines.Select(l => l["seq"]!.GetValue<long>()).Order(), lines.Select(l => l["seq"]!.GetValue<long>()));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ArtifactPath("ledger.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Narrow390_EveryView_FitsWithoutSidewaysScrolling()
    {
        await using var host = await RunningHost.StartAsync();
        await ConsoleSeed.ApprovedDraftAsync(host, "incident-2041");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (page, problems, _) = await OpenAsync(browser, host, width: 390, height: 844);

        await page.Locator(".card[data-kind=decided] .ac-adaptiveCard").WaitForAsync();
        foreach (var view in new[] { "conversation", "scorecard", "ledger" })
        {
            await page.ClickAsync($"a[data-view={view}]");
            if (view == "scorecard")
            {
                await page.Locator("#chart-drafts rect.bar").First.WaitForAsync();
            }

            if (view == "ledger")
            {
                await page.FillAsync("#ledger-q", "alice");
                await page.PressAsync("#ledger-q", "Enter");
                await page.Locator("#ledger-results tbody tr").First.WaitForAsync();
            }

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{view} is {overflow} px wider than the 390 px screen");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ArtifactPath($"{view}-390.png"), FullPage = true });
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task DraftWithRawHtml_IsShownAsText_NothingRunsOrLoads()
    {
        await using var host = await RunningHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var (page, _, requests) = await OpenAsync(browser, host);

        await SayAsync(page, "check <img src=\"/x.png\" onerror=\"window.pwned=1\"><script>window.pwned=2</script> The **rollback** finished [link](javascript:window.pwned=3) ![i](/y.png).");
        var card = page.Locator(".card[data-kind=draft]");
        await card.WaitForAsync();

        Assert.Equal(0, await card.Locator(".draft img, .draft script, .draft a[href^='javascript']").CountAsync());
        Assert.Equal("rollback", await card.Locator(".draft strong").InnerTextAsync());
        Assert.Contains("<img src=", await card.Locator(".draft").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.DoesNotContain(requests, r => r.EndsWith(".png", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\]\(https?://")]
    private static partial Regex LinkMarkdown();
}
