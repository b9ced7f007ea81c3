using ChatOps.Host.Tests.Teams;
using ChatOps.Teams.Tests.TestSupport;
using static ChatOps.Host.Tests.Teams.TeamsCards;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>
/// The approval loop in Teams through the real host (JWTs on, loopback Bot Connector), for approvers who never wrote to
/// the bot: found among the conversation's members, reached in 1:1 chats, every copy of the card kept current.
/// </summary>
public sealed class TeamsJourneyTests
{
    private static readonly TeamsRig.Person Alice = new("29:1alice", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e01", "Alice Ahmed");
    private static readonly TeamsRig.Person Bob = new("29:1bob", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e02", "Bob Brennan");

    // Carol's policy entry has no Teams id in these journeys: she is matched by her email among the members.
    private static readonly TeamsRig.Person Carol = new("29:1carol", "7a7a7a7a-0000-4000-8000-0000000ca201", "Carol Chen");

    // Dave has no Teams id in the shipped policy either; the member list's email finds him (platform-engineer).
    private static readonly TeamsRig.Person Dave = new("29:1dave", "0d0d0d0d-0000-4000-8000-00000000da4e", "Dave Diaz");

    [Fact]
    public async Task ApproversWhoNeverWroteToTheBot_AreFoundAmongTheMembers_AndADecisionInA1on1UpdatesEveryCopy()
    {
        await using var rig = await StartAsync();

        var approval = await DraftAndSubmitAsync(rig);

        // Only Alice ever wrote to the bot; the member list (read page by page) gave Bob by object id and Carol by email.
        var pages = rig.Connector.Calls.Where(c => c.Method == "GET" && c.RawTarget.Contains("/pagedmembers", StringComparison.Ordinal)).ToArray();
        Assert.Contains(pages, c => c.RawTarget.Contains("continuationToken=2", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, c => c.RawTarget.Contains("messageid", StringComparison.OrdinalIgnoreCase));
        var threadCard = Card(approval.Body);
        Assert.Equal([Bob.ChannelUserId, Carol.ChannelUserId], threadCard["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Null(FindExecute(threadCard, "approve"));
        Assert.Contains("Alice Ahmed asks for your decision", approval.Body, StringComparison.Ordinal);

        // Each approver got the request in a 1:1 chat opened proactively, with their buttons.
        var bobsCopy = await PersonalCopyAsync(rig, Bob);
        var carolsCopy = await PersonalCopyAsync(rig, Carol);
        Assert.NotNull(FindExecute(Card(carolsCopy.Body), "approve"));

        // Carol's Teams client asks for her view of the thread's card: she is recognised by email and gets the buttons.
        var refresh = threadCard["refresh"]!["action"]!["data"]!;
        var carolsView = await InvokeAsync(rig, rig.Click("i-refresh-carol", Carol, Id(rig, approval), "refresh", refresh, trigger: "automatic"));
        Assert.NotNull(FindExecute(carolsView["value"]!.AsObject(), "approve"));

        // "pending" lists what waits for Carol, by display name.
        await rig.PostAsync(rig.Message("m-pending", Carol, "pending"));
        var pending = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-pending", StringComparison.Ordinal), 1)).Single();
        Assert.Contains("1 waiting for you", pending.Body, StringComparison.Ordinal);
        Assert.Contains("from Alice Ahmed", pending.Body, StringComparison.Ordinal);

        // Carol approves from her 1:1 chat: her copy, Bob's copy and the thread's copy are all replaced by the decided card.
        var approve = ActionData(Card(carolsCopy.Body), "approve");
        var decided = await InvokeAsync(rig, rig.Click("i-carol", Carol, Id(rig, carolsCopy), "approve", approve).In($"a:1on1-{Carol.ChannelUserId}"));
        Assert.Contains("Approved", decided["value"]!.ToJsonString(), StringComparison.Ordinal);
        var puts = await rig.CallsAsync(c => c.Method == "PUT" && c.Body.Contains("Approved", StringComparison.Ordinal), 3);
        Assert.Contains(puts, p => p.RawTarget.EndsWith($"{Uri.EscapeDataString(TeamsRig.Conversation)}/activities/{Id(rig, approval)}", StringComparison.Ordinal));
        Assert.Contains(puts, p => p.RawTarget.EndsWith($"{Uri.EscapeDataString($"a:1on1-{Bob.ChannelUserId}")}/activities/{Id(rig, bobsCopy)}", StringComparison.Ordinal));
        Assert.Contains(puts, p => p.RawTarget.EndsWith($"{Uri.EscapeDataString($"a:1on1-{Carol.ChannelUserId}")}/activities/{Id(rig, carolsCopy)}", StringComparison.Ordinal));
        Assert.All(puts, p => Assert.Null(FindExecute(Card(p.Body), "approve")));

        // "who approved?" names Carol by her display name.
        await rig.PostAsync(rig.Message("m-who", Alice, "who approved?"));
        var who = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-who", StringComparison.Ordinal), 1)).Single();
        Assert.Contains("Carol Chen", who.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlatformEngineer_PausesFromTeams_EveryCopySaysPaused_DecisionsWait_AndResumeGivesTheButtonsBack()
    {
        await using var rig = await StartAsync();
        var approval = await DraftAndSubmitAsync(rig);
        var bobsCopy = await PersonalCopyAsync(rig, Bob);
        var approve = ActionData(Card(bobsCopy.Body), "approve");

        // Dave (known to the policy by email only) pauses in the thread: he holds controls.pause, the ledger says so.
        await rig.PostAsync(rig.Message("m-pause", Dave, "pause customer-update numbers under review"));
        var said = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-pause", StringComparison.Ordinal), 1)).Single();
        Assert.Contains("Paused: customer-update", said.Body, StringComparison.Ordinal);
        Assert.Contains("Dave Diaz", said.Body, StringComparison.Ordinal);
        var paused = await rig.CallsAsync(c => c.Method == "PUT" && c.Body.Contains("numbers under review", StringComparison.Ordinal), 3);
        Assert.Contains(paused, p => p.RawTarget.EndsWith($"/activities/{Id(rig, approval)}", StringComparison.Ordinal));
        Assert.All(paused, p => Assert.Null(FindExecute(Card(p.Body), "approve")));

        // Bob's click while paused is refused with who paused it and why.
        var refused = await InvokeAsync(rig, rig.Click("i-bob-paused", Bob, Id(rig, bobsCopy), "approve", approve).In($"a:1on1-{Bob.ChannelUserId}"));
        Assert.Contains("paused (by Dave Diaz: numbers under review)", refused["value"]!.ToJsonString(), StringComparison.Ordinal);

        // Someone without the pause role is refused; Dave resumes and the copies get their buttons back.
        await rig.PostAsync(rig.Message("m-resume-carol", Carol, "resume customer-update"));
        var notAllowed = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-resume-carol", StringComparison.Ordinal), 1)).Single();
        Assert.Contains("Only platform-engineer or incident-commander", notAllowed.Body, StringComparison.Ordinal);
        await rig.PostAsync(rig.Message("m-resume", Dave, "resume customer-update"));
        await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-resume", StringComparison.Ordinal), 1);
        var resumed = await rig.CallsAsync(c => c.Method == "PUT" && FindExecute(Card(c.Body), "approve") is not null, 2);
        Assert.Contains(resumed, p => p.RawTarget.Contains(Uri.EscapeDataString($"a:1on1-{Bob.ChannelUserId}"), StringComparison.Ordinal));

        var decided = await InvokeAsync(rig, rig.Click("i-bob", Bob, Id(rig, bobsCopy), "approve", approve).In($"a:1on1-{Bob.ChannelUserId}"));
        Assert.Contains("Approved", decided["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneThePolicyDoesNotList_IsShownByTheNameTeamsGives_NotByTheirId()
    {
        await using var rig = await StartAsync();
        var pat = new TeamsRig.Person("29:1pat", "00000000-0000-0000-0000-000000000020", "Pat Playground");

        await rig.PostAsync(rig.Message("m-draft", pat, "draft customer-update INC-2041 status for EU customers"));
        var draft = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-draft", StringComparison.Ordinal), 1)).Single();
        await InvokeAsync(rig, rig.Click("i-submit", pat, Id(rig, draft), "submit", ActionData(Card(draft.Body), "submit")));
        var approval = (await rig.CallsAsync(c => c.Method == "POST" && c.Body.Contains("\"refresh\"", StringComparison.Ordinal), 1)).First();

        Assert.Contains("Pat Playground asks for your decision", approval.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("teams:00000000-0000-0000-0000-000000000020", approval.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberListTheConnectorRefuses_IsNotAskedForAgainOnEveryMessage()
    {
        await using var rig = await StartAsync();
        rig.Connector.MembersStatus = 403;
        var pat = new TeamsRig.Person("29:1pat", "00000000-0000-0000-0000-000000000020", "Pat Playground");

        // Two drafts submitted in the same channel: the first asks for the members (refused, the cards still go out,
        // buttons for everyone); the second, seconds later, does not ask a Connector that just refused.
        foreach (var n in new[] { "1", "2" })
        {
            await rig.PostAsync(rig.Message($"m-draft{n}", pat, "draft customer-update INC-2041 status for EU customers"));
            var draft = (await rig.CallsAsync(c => c.RawTarget.EndsWith($"/activities/m-draft{n}", StringComparison.Ordinal), 1)).Single();
            await InvokeAsync(rig, rig.Click($"i-submit{n}", pat, Id(rig, draft), "submit", ActionData(Card(draft.Body), "submit")));
            await rig.CallsAsync(c => c.Method == "POST" && c.Body.Contains("Pat Playground asks for your decision", StringComparison.Ordinal), int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Single(rig.Connector.Calls, c => c.Method == "GET" && c.RawTarget.Contains("/pagedmembers", StringComparison.Ordinal));
    }

    private static async Task<TeamsRig> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-teams-policy-").FullName;
        var policy = Path.Combine(folder, "policy.yaml");
        var shipped = ChatOps.Policy.Yaml.PolicyYamlLoader.DefaultText();
        var withoutCarolsTeamsId = shipped.Replace("    teams: 2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e03\n", "", StringComparison.Ordinal);
        Assert.NotEqual(shipped, withoutCarolsTeamsId);
        await File.WriteAllTextAsync(policy, withoutCarolsTeamsId);
        var rig = await TeamsRig.StartAsync("--Policy:Path", policy);
        rig.Connector.DistinctIds = true;
        foreach (var person in new[] { Alice, Bob, Carol, Dave })
        {
            // Teams gives each member's email; Carol's differs in case from the policy's, as addresses often do.
            var email = person == Carol ? "Carol@Acme.example" : $"{person.Name.Split(' ')[0].ToLowerInvariant()}@acme.example";
            rig.Connector.Members.Enqueue(new { id = person.ChannelUserId, name = person.Name, aadObjectId = person.AadObjectId, email, userPrincipalName = email, tenantId = TeamsRig.Tenant });
        }

        return rig;
    }

    // Alice drafts in the channel thread and submits; returns the approval card posted in the thread.
    private static async Task<RecordedCall> DraftAndSubmitAsync(TeamsRig rig)
    {
        await rig.PostAsync(rig.Message("m-draft", Alice, "draft customer-update INC-2041 status for EU customers"));
        var draft = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-draft", StringComparison.Ordinal), 1)).Single();
        await InvokeAsync(rig, rig.Click("i-submit", Alice, Id(rig, draft), "submit", ActionData(Card(draft.Body), "submit")));
        return (await rig.CallsAsync(c => c.Method == "POST" && c.RawTarget.Contains("ops-room", StringComparison.Ordinal) && c.Body.Contains("\"refresh\"", StringComparison.Ordinal), 1)).First();
    }

    private static async Task<RecordedCall> PersonalCopyAsync(TeamsRig rig, TeamsRig.Person person) =>
        (await rig.CallsAsync(c => c.Method == "POST" && c.RawTarget.Contains(Uri.EscapeDataString($"a:1on1-{person.ChannelUserId}"), StringComparison.Ordinal), 1)).Single();

    private static string Id(TeamsRig rig, RecordedCall posted) => rig.Connector.PostedIds[posted];
}
