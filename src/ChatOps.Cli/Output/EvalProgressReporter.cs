using System.Globalization;
using ChatOps.Core.Evaluation;

namespace ChatOps.Cli.Output;

/// <summary>Shows eval progress on one rewritten stderr line; used only when stderr is a terminal.</summary>
internal sealed class EvalProgressReporter : IProgress<EvalProgress>
{
    private readonly TextWriter error;
    private int lastWidth;

    public EvalProgressReporter(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        this.error = error;
    }

    // Reports arrive on the runner's thread, synchronously, so the line never interleaves with the report.
    public void Report(EvalProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var line = string.Create(CultureInfo.InvariantCulture, $"checking {value.Completed}/{value.Total} {value.CaseId}");
        error.Write("\r" + line.PadRight(lastWidth));
        lastWidth = line.Length;
        error.Flush();
    }

    /// <summary>Erases the progress line so the report starts on a clean line.</summary>
    public void Clear()
    {
        if (lastWidth > 0)
        {
            error.Write("\r" + new string(' ', lastWidth) + "\r");
            error.Flush();
            lastWidth = 0;
        }
    }
}
