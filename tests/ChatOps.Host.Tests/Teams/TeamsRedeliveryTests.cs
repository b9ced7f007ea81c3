using System.Net;
using ChatOps.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Teams;

/// <summary>The Bot Connector's redelivery of one activity through the running host: answered once, by the durable inbox's key alone.</summary>
public sealed class TeamsRedeliveryTests
{
    private static readonly TeamsRig.Person Alice = new("29:1alice", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e01", "Alice");

    [Fact]
    public async Task SameActivityId_PostedTwiceAtOnce_AndAgain_IsAnsweredOnceAtTheConnector()
    {
        await using var rig = await TeamsRig.StartAsync();
        var message = rig.Message("m-redelivered", Alice, "help");

        // The activity and its redelivery arrive together, then once more after the answer: each is acknowledged.
        var answers = await Task.WhenAll(rig.PostAsync(message), rig.PostAsync(message));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-redelivered", StringComparison.Ordinal), 1);
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(message)).StatusCode);

        // A later activity is answered, so the worker ran what was accepted before it: a repeat kept as new would be answered too.
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(rig.Message("m-after", Alice, "help"))).StatusCode);
        await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-after", StringComparison.Ordinal), 1);
        var queue = rig.Host.Services.GetRequiredService<IJobQueue>();
        for (var i = 0; i < 100 && await queue.PendingCountAsync() > 0; i++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);
        Assert.Single(rig.Connector.Calls, c => c.Method == "POST" && c.RawTarget.EndsWith("/activities/m-redelivered", StringComparison.Ordinal));
    }
}
