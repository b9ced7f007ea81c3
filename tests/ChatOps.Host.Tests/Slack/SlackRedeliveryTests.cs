using System.Net;
using ChatOps.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Slack;

/// <summary>Slack's retries of one event through the running host: the durable inbox's key is the only de-duplication, so it holds across a restart.</summary>
public sealed class SlackRedeliveryTests
{
    private const string FirstTs = "1790000100.000100";
    private const string LaterTs = "1790000200.000100";

    [Fact]
    public async Task SameEventId_AtOnce_ThenAfterARestartOnTheSameLedger_IsAnsweredOnce()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-redelivery-").FullName;
        try
        {
            await using var slack = await FakeSlackServer.StartAsync();
            string[] settings = [.. SlackRig.HostArgs(slack), "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db")];
            await using (var before = await RunningHost.StartAsync(settings))
            {
                // The event and Slack's retry of it arrive together: both are acknowledged, one is kept.
                var signed = new SignedSlack(before.Client, SlackRig.Secret);
                var answers = await Task.WhenAll(
                    signed.MentionAsync("EvRedelivered", SlackRig.Alice, "help", FirstTs),
                    signed.MentionAsync("EvRedelivered", SlackRig.Alice, "help", FirstTs, retry: 1));
                foreach (var answer in answers)
                {
                    Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                    Assert.Equal(string.Empty, await answer.Content.ReadAsStringAsync());
                }

                await slack.WaitForAsync("chat.postMessage", 1);
            }

            // A new process on the same ledger file remembers nothing in memory; Slack's third try reaches it.
            await using var after = await RunningHost.StartAsync(settings);
            var again = new SignedSlack(after.Client, SlackRig.Secret);
            Assert.Equal(HttpStatusCode.OK, (await again.MentionAsync("EvRedelivered", SlackRig.Alice, "help", FirstTs, retry: 2)).StatusCode);

            // A new event after it is answered, so this host's worker runs what it accepted: a repeat kept as new would be answered too.
            Assert.Equal(HttpStatusCode.OK, (await again.MentionAsync("EvAfterRestart", SlackRig.Alice, "help", LaterTs)).StatusCode);
            await slack.WaitForAsync("chat.postMessage", 2);
            var queue = after.Services.GetRequiredService<IJobQueue>();
            for (var i = 0; i < 100 && await queue.PendingCountAsync() > 0; i++)
            {
                await Task.Delay(50);
            }

            await Task.Delay(500);
            var threads = slack.Bodies("chat.postMessage").Select(p => p["thread_ts"]?.GetValue<string>()).ToList();
            Assert.Equal(1, threads.Count(t => t == FirstTs));
            Assert.Equal(1, threads.Count(t => t == LaterTs));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
