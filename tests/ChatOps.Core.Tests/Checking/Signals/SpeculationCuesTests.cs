using ChatOps.Core.Checking.Signals;

namespace ChatOps.Core.Tests.Checking.Signals;

public sealed class SpeculationCuesTests
{
    // The spec's closed list: the search that rules out a plain ASCII statement before the word scan must let each through.
    public static TheoryData<string> Cues() =>
    [
        "believe", "believes", "believed", "likely", "probably", "possibly", "presumably", "suspect", "suspects",
        "suspected", "seem", "seems", "might", "unclear", "tbd", "tbc", "unknown", "appear to", "appears to", "could be",
        "could have", "may be", "may have", "not yet known", "to be determined",
    ];

    [Theory]
    [MemberData(nameof(Cues))]
    public void EveryCue_IsFound_InAnyCase_AsWritten(string cue)
    {
        var title = char.ToUpperInvariant(cue[0]) + cue[1..];
        Assert.Equal(cue, SpeculationCues.Find($"The cause {cue} in the EU region, 4,920 lines."));
        Assert.Equal(title, SpeculationCues.Find($"{title} the cause of 4,920 lines."));
        if (cue != "unknown")
        {
            Assert.Equal(cue.ToUpperInvariant(), SpeculationCues.Find($"THE CAUSE {cue.ToUpperInvariant()} HERE."));
        }
    }

    [Theory]
    [InlineData("Refund owner: XXX.", "XXX")]
    [InlineData("Refund owner: XX", "XX")]
    [InlineData("Which stores?? are affected", "??")]
    [InlineData("Route calculation requests timed out at a rate of 9.5% between 09:58 and 10:40 UTC.", null)]
    [InlineData("The count is UNKNOWN.", null)]
    [InlineData("Size XXL, ticket XX-123.", null)]
    [InlineData("The known issue may\u00A0be back.", null)]
    public void Placeholders_Marks_AndPlainStatements(string plain, string? expected) =>
        Assert.Equal(expected, SpeculationCues.Find(plain));
}
