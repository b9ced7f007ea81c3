using System.Text;
using ChatOps.Core.Records;

namespace ChatOps.Records.Journal;

/// <summary>
/// Appends approved text to a Markdown file. Writers in any process take an exclusive lock on the file; the marker of
/// every entry already written is known (read once, then only the new tail), so a retried job never appends twice.
/// </summary>
public sealed class JournalTarget(JournalOptions options) : IWriteBackTarget
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(5);
    private readonly JournalOptions options = options.Validated();
    private readonly Dictionary<string, JournalIndex> indexes = new(StringComparer.Ordinal);

    public string Kind => Core.Policy.WriteBackTarget.Journal;

    public async Task<WriteBackReceipt> WriteAsync(WriteBackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = Resolve(request.Setting("path") ?? options.DefaultFile);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WriteBackException($"The journal folder {Path.GetDirectoryName(path)} cannot be written ({ex.Message}); fix WriteBack:JournalRoot or its permissions, then retry.", isTransient: true, ex);
        }

        await using var file = await LockAsync(path, cancellationToken);
        var index = IndexFor(path);
        lock (index)
        {
            index.CatchUp(file);
            if (index.Offsets.TryGetValue(request.Marker, out var existing))
            {
                return new WriteBackReceipt($"{path}@{existing}", new Uri(path).AbsoluteUri, AlreadyPresent: true);
            }

            var offset = file.Length;
            var entry = Encoding.UTF8.GetBytes($"## {request.Workflow} · draft {request.DraftId}{(request.Ticket is null ? string.Empty : $" · ticket {request.Ticket}")}\n\n{WriteBackText.Markdown(request)}\n\n");
            file.Seek(0, SeekOrigin.End);

            // One write call: a process killed mid-way leaves the whole entry or none of it.
            file.Write(entry);
            file.Flush(flushToDisk: true);
            index.Record(request.Marker, offset, file.Length);
            return new WriteBackReceipt($"{path}@{offset}", new Uri(path).AbsoluteUri, AlreadyPresent: false);
        }
    }

    private string Resolve(string relative)
    {
        var root = Path.GetFullPath(options.Root);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new WriteBackException($"Journal path '{relative}' leaves the journal folder.", isTransient: false);
    }

    private JournalIndex IndexFor(string path)
    {
        lock (indexes)
        {
            return indexes.TryGetValue(path, out var index) ? index : indexes[path] = new JournalIndex();
        }
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another writer holds the journal; it lets go within one entry's write.
                await Task.Delay(LockRetry, cancellationToken);
            }
        }
    }
}
