using Microsoft.Playwright;

namespace ChatOps.Host.Tests;

public sealed class ConsoleBrowserTests
{
    private static async Task SayAsync(IPage page, string text)
    {
        await page.FillAsync("#text", text);
        await page.ClickAsync("#send");
    }

    [Fact]
    public async Task Console_DraftFindingsEditSubmitApprove_CardShowsOutcome_WhoApproved_LedgerVerifies()
    {
        await using var host = await RunningHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1200 } });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(host.Client.BaseAddress!.ToString());
        await page.SelectOptionAsync("#person", "alice");

        // Draft: the card shows numbered citations that link to the sources.
        await SayAsync(page, "draft customer-update INC-2041 status for EU customers");
        var draftCard = page.Locator(".card[data-kind=draft]").First;
        await draftCard.Locator("button", new() { HasText = "Submit for approval" }).WaitForAsync();
        Assert.True(await draftCard.Locator("a.cite").CountAsync() > 0);
        var draftId = (await draftCard.Locator("tr", new() { HasText = "Draft" }).Locator("td").First.InnerTextAsync()).Trim();

        // A guess gets findings with their fixes.
        await SayAsync(page, $"edit {draftId} The cache probably failed.");
        var rejected = page.Locator(".card.attention[data-kind=draft]");
        await rejected.Locator(".rule", new() { HasText = "uncited-claim" }).WaitForAsync();

        // A cited edit is accepted; submit it.
        await SayAsync(page, $"edit {draftId} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7].");
        var accepted = page.Locator(".card.good[data-kind=draft]").Last;
        await accepted.Locator("button", new() { HasText = "Submit for approval" }).ClickAsync();
        var request = page.Locator(".card[data-kind=approvalRequest]");
        await request.WaitForAsync();
        // Drawn by the official Adaptive Cards renderer from the card Teams would get.
        await request.Locator(".ac-adaptiveCard").WaitForAsync();
        Assert.Equal(0, await request.Locator("button", new() { HasText = "Approve" }).CountAsync());

        // Another person, an approver, approves; the card shows the outcome to everyone.
        await page.SelectOptionAsync("#person", "bob");
        await request.Locator("button", new() { HasText = "Approve" }).ClickAsync();
        var decided = page.Locator(".card[data-kind=decided]");
        await decided.WaitForAsync();
        Assert.Contains("Approved", await decided.InnerTextAsync(), StringComparison.Ordinal);
        await page.SelectOptionAsync("#person", "carol");
        await decided.WaitForAsync();

        await SayAsync(page, "who approved?");
        await page.Locator(".card", new() { HasText = "Who approved this thread" }).WaitForAsync();
        Assert.Contains("bob", await page.Locator(".card", new() { HasText = "Who approved this thread" }).InnerTextAsync(), StringComparison.Ordinal);

        await page.ClickAsync("a[data-view=ledger]");
        await page.ClickAsync("#verify");
        await page.Locator("#verify-result", new() { HasText = "Chain verifies" }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ArtifactPath("console-flow.png"), FullPage = true });
    }
}
