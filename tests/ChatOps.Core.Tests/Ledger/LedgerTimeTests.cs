using System.Text;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Tests.Ledger;

public sealed class LedgerTimeTests
{
    public static TheoryData<DateTimeOffset> Times => new()
    {
        new DateTimeOffset(2026, 12, 5, 17, 16, 26, TimeSpan.Zero).AddTicks(6553714),
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-7)),
        new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(5.5)).AddTicks(9_999_999),
        DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void FormatUtf8_WritesTheSameTextAsFormat(DateTimeOffset at)
    {
        var buffer = new byte[LedgerTime.MaxUtf8Length];

        var written = LedgerTime.FormatUtf8(at, buffer);

        Assert.Equal(LedgerTime.Format(at), Encoding.UTF8.GetString(buffer, 0, written));
        Assert.Equal(at.UtcDateTime, LedgerTime.Parse(Encoding.UTF8.GetString(buffer, 0, written)).UtcDateTime);
    }

    [Fact]
    public void FormatUtf8_TooSmallABuffer_IsRefused() =>
        Assert.Throws<ArgumentException>(() => LedgerTime.FormatUtf8(DateTimeOffset.UnixEpoch, new byte[10]));

    [Fact]
    public void JobRequest_FromUtf8_ReadsAsTheSameTextAsOneFromText()
    {
        var job = new ReminderJob("v1", "alice", "2027-01-01", "slack/C1/1.2");
        var text = new JobRequest(job.Kind, "wf", "d-1", "k", JobJson.Serialize(job), DateTimeOffset.UnixEpoch);

        var utf8 = JobJson.Request(job, "wf", "d-1", "k", DateTimeOffset.UnixEpoch);

        Assert.Equal(text.Payload, utf8.Payload);
        Assert.Equal(text, utf8);
        Assert.Equal(Encoding.UTF8.GetBytes(text.Payload), utf8.PayloadUtf8.ToArray());
    }
}
