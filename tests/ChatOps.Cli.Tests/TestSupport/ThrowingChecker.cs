using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>A checker with a bug, to show the CLI turns an unexpected exception into one line and exit 70.</summary>
internal sealed class ThrowingChecker : ICiteFirstChecker
{
    public CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null) =>
        throw new InvalidOperationException("checker exploded\nat line two");
}
