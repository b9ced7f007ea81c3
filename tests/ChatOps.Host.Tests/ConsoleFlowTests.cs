using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests;

public sealed class ConsoleFlowTests
{
    private static JsonNode Card(JsonArray entries, int index) => entries[index]!["card"]!;

    private static JsonNode Action(JsonNode card, string verb) =>
        card["actions"]!.AsArray().Single(a => a!["verb"]!.GetValue<string>() == verb)!;

    [Fact]
    public async Task DraftEditSubmitApprove_WhoApproved_AndTheLedgerVerifies()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "inc-2041";

        // Draft from the sample ticket: the offline drafter's text passes the checker.
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var entries = await host.EntriesAsync(thread, "alice", 2);
        var draft = Card(entries, 1);
        Assert.Equal("draft", draft["kind"]!.GetValue<string>());
        Assert.Equal("good", draft["tone"]!.GetValue<string>());
        Assert.NotEmpty(draft["draft"]!["citations"]!.AsArray());
        var draftId = Action(draft, "submit")["data"]!["draft"]!.GetValue<string>();

        // An edit with a guess and no citation is rejected with findings.
        await host.SayAsync(thread, "alice", $"edit {draftId} The cache probably failed.");
        entries = await host.EntriesAsync(thread, "alice", 4);
        var rejected = Card(entries, 3);
        Assert.Equal("attention", rejected["tone"]!.GetValue<string>());
        Assert.Contains(rejected["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "uncited-claim");
        Assert.DoesNotContain(rejected["actions"]!.AsArray(), a => a!["verb"]!.GetValue<string>() == "submit");

        // A cited edit is accepted and can be submitted.
        await host.SayAsync(thread, "alice", $"edit {draftId} Checkout errors reached 12% of requests between 13:58 and 14:40 UTC [LOG-7]. We will post the next update by 16:00 UTC.");
        entries = await host.EntriesAsync(thread, "alice", 6);
        var accepted = Card(entries, 5);
        Assert.Equal("good", accepted["tone"]!.GetValue<string>());
        await host.ClickAsync(thread, "alice", Action(accepted, "submit"));
        entries = await host.EntriesAsync(thread, "alice", 8);
        var request = Card(entries, 7);
        Assert.Equal("approvalRequest", request["kind"]!.GetValue<string>());
        Assert.DoesNotContain("alice", request["actionableBy"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("bob", request["actionableBy"]!.AsArray().Select(p => p!.GetValue<string>()));

        // The drafter's own click is refused, privately, and changes nothing.
        await host.ClickAsync(thread, "alice", Action(request, "approve"));
        entries = await host.EntriesAsync(thread, "alice", 9);
        Assert.Equal("Not done", Card(entries, 8)["title"]!.GetValue<string>());
        Assert.Equal(8, (await host.EntriesAsync(thread, "bob", 8)).Count);

        // An approver decides; the request card is replaced in place for everyone.
        await host.ClickAsync(thread, "bob", Action(request, "approve"));
        entries = await host.EntriesAsync(thread, "carol", 9);
        Assert.Equal("decided", Card(entries, 7)["kind"]!.GetValue<string>());
        Assert.Equal("good", Card(entries, 7)["tone"]!.GetValue<string>());

        // The write-back's notice (the approved text is in the journal) comes from the outbox in its own time, before,
        // between or after the question and its answer: wait for the answer itself, found by what it is rather than
        // where it lands.
        await host.EntriesAsync(thread, "carol", 9);
        await host.SayAsync(thread, "carol", "who approved?");
        JsonNode? who = null;
        for (var attempt = 0; attempt < 200 && who is null; attempt++)
        {
            entries = await host.EntriesAsync(thread, "carol", 11);
            who = entries.Select(e => e!["card"]).LastOrDefault(c => c is not null && c["title"]!.GetValue<string>().StartsWith("Who approved", StringComparison.Ordinal));
            if (who is null)
            {
                await Task.Delay(50);
            }
        }

        Assert.NotNull(who);
        var answer = string.Join(" ", who["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("**Bob Brennan**", answer, StringComparison.Ordinal);
        Assert.Contains(draftId, answer, StringComparison.Ordinal);
        Assert.Contains("LOG-7", answer, StringComparison.Ordinal);

        var verify = await host.Client.GetFromJsonAsync<JsonObject>("/console/api/ledger/verify");
        Assert.Null(verify!["problem"]);
        Assert.True(verify["recordsChecked"]!.GetValue<long>() >= 6);
    }

    [Fact]
    public async Task ApprovedDraft_IsWrittenBackToTheJournal_OnceWithItsTrail()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "inc-internal";

        await host.SayAsync(thread, "alice", "draft incident-internal INC-2041 internal status");
        var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
        await host.ClickAsync(thread, "alice", Action(draft, "submit"));
        var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);
        await host.ClickAsync(thread, "bob", Action(request, "approve"));

        var journal = Path.Combine(host.JournalRoot, "incident-internal.md");
        var text = "";
        for (var attempt = 0; attempt < 200 && !text.Contains("bob", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
            try
            {
                text = File.Exists(journal) ? await File.ReadAllTextAsync(journal) : "";
            }
            catch (IOException)
            {
                // The write-back holds the journal while it appends; read again.
            }
        }

        Assert.Contains("bob", text, StringComparison.Ordinal);
        Assert.Contains(Action(draft, "submit")["data"]!["draft"]!.GetValue<string>(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInput_GetsHelp_NotSilence()
    {
        await using var host = await RunningHost.StartAsync();

        await host.SayAsync("t", "dave", "what's up");

        var entries = await host.EntriesAsync("t", "dave", 2);
        Assert.Equal("I did not catch that", Card(entries, 1)["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ThreadRead_WithAfter_WaitsForTheBotsAnswer_AndAnswersWhatThereIsWhenTheWaitEnds()
    {
        await using var host = await RunningHost.StartAsync();
        await host.SayAsync("t", "dave", "what's up");

        // One read, made before the worker has answered: it returns once the answer is in the thread.
        var answered = (await host.Client.GetFromJsonAsync<JsonArray>("/console/api/threads/t?as=dave&after=1&wait=30"))!;
        Assert.Equal(2, answered.Count);
        Assert.Equal("I did not catch that", Card(answered, 1)["title"]!.GetValue<string>());

        // Nothing more comes: the wait ends and the thread is answered as it is.
        var unchanged = (await host.Client.GetFromJsonAsync<JsonArray>("/console/api/threads/t?as=dave&after=2&wait=1"))!;
        Assert.Equal(2, unchanged.Count);

        // A wait ends with the next entry: a read waiting past the answer returns with the next message's entries.
        var waiting = host.Client.GetFromJsonAsync<JsonArray>("/console/api/threads/t?as=dave&after=2&wait=30");
        await host.SayAsync("t", "dave", "help");
        Assert.True((await waiting)!.Count >= 3);
    }

    [Theory]
    [InlineData("after=-1")]
    [InlineData("after=x")]
    [InlineData("after=1&wait=0")]
    [InlineData("after=1&wait=61")]
    [InlineData("wait=5")]
    public async Task ThreadRead_WithABadWait_IsRefused_NamingTheInputs(string query)
    {
        await using var host = await RunningHost.StartAsync();

        var response = await host.Client.GetAsync($"/console/api/threads/t?as=dave&{query}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("after must be a whole number", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneNotInThePolicy_IsRefused_AndNothingIsQueued()
    {
        await using var host = await RunningHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/console/api/threads/t/messages", new { @as = "mallory", text = "help" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await host.Client.GetFromJsonAsync<JsonArray>("/console/api/threads/t?as=alice"))!);
    }

    [Fact]
    public async Task Health_ReadyWhenTheLedgerAnswers()
    {
        await using var host = await RunningHost.StartAsync();

        Assert.Equal("Healthy", await host.Client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await host.Client.GetStringAsync("/health/ready"));
    }
}
