using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>Edits, deletes, inserts and reorders records directly in the database; verify must name the record.</summary>
public abstract class TamperContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    [Fact]
    public async Task VerifyAsync_PayloadEdited_NamesTheEditedRecord()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET payload = REPLACE(payload, 'record 5', 'record five') WHERE seq = 5");

        await AssertProblemAsync(TamperKind.Edited, 5);
    }

    [Fact]
    public async Task VerifyAsync_HeaderFieldEdited_NamesTheEditedRecord()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET ticket = 'SUP-999' WHERE seq = 7");

        await AssertProblemAsync(TamperKind.Edited, 7);
    }

    [Fact]
    public async Task VerifyAsync_RecordDeleted_NamesTheMissingRecord()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("DELETE FROM ledger_records WHERE seq = 4");

        await AssertProblemAsync(TamperKind.Deleted, 4);
    }

    [Fact]
    public async Task VerifyAsync_RecordDeletedAndRestRenumbered_NamesWhereItWas()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("DELETE FROM ledger_records WHERE seq = 4; UPDATE ledger_records SET seq = seq + 1000 WHERE seq > 4; UPDATE ledger_records SET seq = seq - 1001 WHERE seq > 1000; UPDATE ledger_head SET seq = 9");

        await AssertProblemAsync(TamperKind.Deleted, 4);
    }

    [Fact]
    public async Task VerifyAsync_LastRecordDeleted_IsCaughtByTheHead()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("DELETE FROM ledger_records WHERE seq = 10");

        await AssertProblemAsync(TamperKind.Deleted, 10);
    }

    [Fact]
    public async Task VerifyAsync_RecordInsertedInTheMiddle_NamesTheInsertedRecord()
    {
        var records = await AppendManyAsync(10);
        var forged = LedgerHashes.Seal(Entry(text: "forged approval"), 6, Time.GetUtcNow(), records[4].Hash);

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET seq = seq + 1000 WHERE seq >= 6; UPDATE ledger_records SET seq = seq - 999 WHERE seq > 1000; UPDATE ledger_head SET seq = 11; " +
            $"INSERT INTO ledger_records (seq, at, kind, workflow, draft_id, thread, ticket, idempotency_key, payload, content_hash, prev_hash, hash) VALUES (6, '{forged.At}', '{forged.Kind}', '{forged.Workflow}', 'd1', '{forged.Thread}', '{forged.Ticket}', NULL, '{forged.Payload}', '{forged.ContentHash}', '{new string('f', 64)}', '{forged.Hash}')");

        await AssertProblemAsync(TamperKind.Inserted, 6);
    }

    [Fact]
    public async Task VerifyAsync_RecordAppendedBehindTheLedgersBack_IsCaughtByTheHead()
    {
        var records = await AppendManyAsync(5);
        var forged = LedgerHashes.Seal(Entry(text: "forged"), 6, Time.GetUtcNow(), records[^1].Hash);

        await Stores.ExecuteSqlAsync($"INSERT INTO ledger_records (seq, at, kind, workflow, draft_id, thread, ticket, idempotency_key, payload, content_hash, prev_hash, hash) VALUES (6, '{forged.At}', '{forged.Kind}', '{forged.Workflow}', 'd1', '{forged.Thread}', '{forged.Ticket}', NULL, '{forged.Payload}', '{forged.ContentHash}', '{forged.PreviousHash}', '{forged.Hash}')");

        await AssertProblemAsync(TamperKind.Inserted, 6);
    }

    [Fact]
    public async Task VerifyAsync_TwoRecordsSwapped_NamesTheReorderedRecord()
    {
        await AppendManyAsync(10);

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET seq = -1 WHERE seq = 3; UPDATE ledger_records SET seq = 3 WHERE seq = 4; UPDATE ledger_records SET seq = 4 WHERE seq = -1");

        await AssertProblemAsync(TamperKind.Reordered, 3);
    }

    [Fact]
    public async Task VerifyAsync_RedactedRecordEditedAfterwards_IsStillCaught()
    {
        await AppendManyAsync(6);
        await Store.RedactAsync("customer-update", Time.GetUtcNow().AddSeconds(1));

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET content_hash = REPLACE(content_hash, SUBSTR(content_hash, 1, 1), 'x') WHERE seq = 2");

        await AssertProblemAsync(TamperKind.Edited, 2);
    }

    private async Task AssertProblemAsync(TamperKind kind, long sequence)
    {
        var result = await ChainVerifier.VerifyAsync(Store);

        Assert.False(result.IsValid);
        Assert.Equal((kind, sequence), (result.Problem!.Kind, result.Problem.Sequence));
        Assert.Contains($"#{sequence}", result.Problem.Message, StringComparison.Ordinal);
    }
}
