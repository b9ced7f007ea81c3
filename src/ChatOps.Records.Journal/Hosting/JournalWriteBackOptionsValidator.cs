using Microsoft.Extensions.Options;

namespace ChatOps.Records.Journal.Hosting;

/// <summary>Stops the host when the journal has no folder to be written to, naming the setting.</summary>
internal sealed class JournalWriteBackOptionsValidator : IValidateOptions<JournalWriteBackOptions>
{
    public ValidateOptionsResult Validate(string? name, JournalWriteBackOptions options) =>
        string.IsNullOrWhiteSpace(options.JournalRoot)
            ? ValidateOptionsResult.Fail("WriteBack:JournalRoot is empty; set it to the folder approved text is journalled in, e.g. journal, or remove it for that default (environment: WriteBack__JournalRoot).")
            : ValidateOptionsResult.Success;
}
