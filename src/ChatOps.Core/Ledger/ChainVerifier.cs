namespace ChatOps.Core.Ledger;

/// <summary>
/// Walks the chain once, recomputing every hash, and names the first record that was edited, deleted, inserted or
/// reordered. The walk reads stored bytes (<see cref="ChainScan"/>); from a break on it reads records, and the rest
/// of the chain, to tell those cases apart.
/// </summary>
public static class ChainVerifier
{
    public static async Task<VerifyResult> VerifyAsync(ILedgerStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var head = await store.HeadAsync(cancellationToken);
        var scan = await ChainScan.RunAsync(store, cancellationToken);
        return scan.Complete
            ? new VerifyResult(scan.Count, scan.Redacted, CheckHead(head, scan.Count, scan.LastHash))
            : await ResumeAsync(store, head, scan, cancellationToken);
    }

    /// <summary>
    /// Reads on as records from the last record the scan accepted, so a break is named by the same walk, with the
    /// same words, as when every record was read as a record.
    /// </summary>
    private static async Task<VerifyResult> ResumeAsync(ILedgerStore store, LedgerHead head, ChainScanResult scan, CancellationToken cancellationToken)
    {
        using var hasher = new RecordHasher();
        if (scan.Count > 0)
        {
            await using var records = store.ReadAsync(scan.Count, cancellationToken).GetAsyncEnumerator(cancellationToken);
            if (await records.MoveNextAsync() && records.Current.Sequence == scan.Count && records.Current.Hash == scan.LastHash)
            {
                return await WalkAsync(head, records, hasher, scan.Count, scan.Redacted, records.Current);
            }
        }

        // The chain changed under the scan (or broke at its first record): walk it all.
        await using var all = store.ReadAsync(1, cancellationToken).GetAsyncEnumerator(cancellationToken);
        return await WalkAsync(head, all, hasher, 0, 0, null);
    }

    private static async Task<VerifyResult> WalkAsync(LedgerHead head, IAsyncEnumerator<LedgerRecord> records, RecordHasher hasher, long count, long redacted, LedgerRecord? previous)
    {
        var expected = count + 1;
        string previousHash = previous?.Hash ?? LedgerHashes.Genesis, beforePreviousHash = previous?.PreviousHash ?? LedgerHashes.Genesis;
        while (await records.MoveNextAsync())
        {
            var record = records.Current;
            if (record.Sequence != expected || record.PreviousHash != previousHash || !hasher.IsSelfConsistent(record))
            {
                var rest = await RestAsync(records);
                var problem = Classify(record, previous, expected, previousHash, beforePreviousHash, rest);
                return new VerifyResult(count, redacted, problem);
            }

            count++;
            redacted += record.IsRedacted ? 1 : 0;
            expected++;
            beforePreviousHash = previousHash;
            previousHash = record.Hash;
            previous = record;
        }

        return new VerifyResult(count, redacted, CheckHead(head, previous?.Sequence ?? 0, previous?.Hash));
    }

    /// <summary>True when the content matches its hash (unless redacted) and the header matches the record hash.</summary>
    public static bool IsSelfConsistent(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (record.Payload is null || LedgerHashes.Content(record.Payload) == record.ContentHash)
            && LedgerHashes.Record(record) == record.Hash;
    }

    private static ChainProblem? CheckHead(LedgerHead head, long lastSequence, string? lastHash)
    {
        if (head.Sequence > lastSequence)
        {
            return new(TamperKind.Deleted, lastSequence + 1, $"Record #{lastSequence + 1} was deleted: the ledger's head is #{head.Sequence} but the chain ends at #{lastSequence}.");
        }

        if (head.Sequence < lastSequence)
        {
            return new(TamperKind.Inserted, head.Sequence + 1, $"Record #{head.Sequence + 1} was inserted: it comes after the head the ledger wrote (#{head.Sequence}).");
        }

        return lastHash is not null && head.Hash != lastHash
            ? new(TamperKind.Edited, lastSequence, $"Record #{lastSequence} was edited: its hash differs from the head the ledger wrote.")
            : null;
    }

    private static ChainProblem Classify(LedgerRecord r, LedgerRecord? previous, long expected, string previousHash, string beforePreviousHash, IReadOnlyList<LedgerRecord> rest)
    {
        var next = rest.Count > 0 ? rest[0] : null;
        if (r.Sequence > expected)
        {
            return new(TamperKind.Deleted, expected, $"Record #{expected} was deleted: the chain jumps from #{expected - 1} to #{r.Sequence}.");
        }

        if (r.Sequence < expected)
        {
            return new(TamperKind.Inserted, r.Sequence, $"Record #{r.Sequence} appears twice; the second copy was inserted.");
        }

        if (previous is not null && r.PreviousHash == beforePreviousHash && r.PreviousHash != previousHash)
        {
            return new(TamperKind.Inserted, previous.Sequence, $"Record #{previous.Sequence} was inserted: #{r.Sequence} links past it to #{previous.Sequence - 1}.");
        }

        if (r.PreviousHash != previousHash)
        {
            var movedBefore = rest.FirstOrDefault(x => x.Hash == r.PreviousHash);
            if (movedBefore is not null)
            {
                return new(TamperKind.Reordered, r.Sequence, $"Record #{r.Sequence} was reordered: it was written after the record now at #{movedBefore.Sequence}.");
            }

            if (next is not null && next.PreviousHash == previousHash)
            {
                return new(TamperKind.Inserted, r.Sequence, $"Record #{r.Sequence} was inserted: #{next.Sequence} links past it to #{expected - 1}.");
            }

            if (!IsSelfConsistent(r) && (next is null || next.PreviousHash == r.Hash))
            {
                return new(TamperKind.Deleted, r.Sequence, $"Record #{r.Sequence} was deleted and the records after it renumbered: the record now at #{r.Sequence} links to a record that is gone.");
            }

            if (IsSelfConsistent(r) && previous is not null)
            {
                return new(TamperKind.Edited, previous.Sequence, $"Record #{previous.Sequence} was edited and re-hashed: #{r.Sequence} no longer links to it.");
            }

            return new(TamperKind.Edited, r.Sequence, $"Record #{r.Sequence} was edited: its link to #{expected - 1} is wrong.");
        }

        if (next is not null && next.PreviousHash == previousHash)
        {
            return new(TamperKind.Inserted, r.Sequence, $"Record #{r.Sequence} was inserted: #{next.Sequence} links past it to #{expected - 1}.");
        }

        var what = r.Payload is not null && LedgerHashes.Content(r.Payload) != r.ContentHash ? "its content no longer matches its hash" : "its fields no longer match its hash";
        return new(TamperKind.Edited, r.Sequence, $"Record #{r.Sequence} was edited: {what}.");
    }

    private static async Task<IReadOnlyList<LedgerRecord>> RestAsync(IAsyncEnumerator<LedgerRecord> records)
    {
        var rest = new List<LedgerRecord>();
        while (await records.MoveNextAsync())
        {
            rest.Add(records.Current);
        }

        return rest;
    }
}
