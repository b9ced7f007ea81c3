using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using CsCheck;

namespace ChatOps.Core.Tests.Ledger;

/// <summary>The verifier's byte path must accept exactly the records the record path accepts.</summary>
public sealed class RecordHasherRowTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    // Plain ids, the characters JSON escapes, non-ASCII text the relaxed encoder copies and some it escapes.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf("SUP-1", "slack/C024BE91L/1700000000.000100", "teams/19:x@thread.tacv2/2", "d-7f3a", "a'b<c>&d+e`f", "", " "),
        Gen.OneOf("quote \" here", "back\\slash", "tab\there", "new\nline", "nul\0", "del\u007f", "café", "nbsp\u00a0x", "line\u2028sep", "emoji 😀", "zw\u200bsp", "日本語"),
        Gen.String[0, 8].Where(s => !s.Any(char.IsSurrogate)));

    private static readonly Gen<LedgerRecord> Records = Gen.Select(Gen.Long[1, long.MaxValue], Text, Text, Text.Null(), Text.Null(), Text.Null(), Text.Null(), Gen.Select(Text, Text, (t, by) => (t, by)))
        .Select((sequence, kind, workflow, draft, thread, ticket, key, content) =>
            LedgerHashes.Seal(new LedgerEntry(kind, workflow, draft, thread, ticket, key, new JsonObject { ["text"] = content.t, ["by"] = content.by }), sequence, At, new string('a', 64)));

    [Fact]
    public void IsSelfConsistent_RowOfASealedRecord_IsTrue_AndAgreesWithTheRecordPathOnAnyEdit()
    {
        // CsCheck samples on several threads and a hasher is one thread's: each sample gets its own.
        Gen.Select(Records, Text, Gen.Int[0, 6]).Sample((record, text, field) =>
        {
            using var hasher = new RecordHasher();
            Assert.True(hasher.IsSelfConsistent(StoredRow.Of(record).ToRow()));
            Assert.True(hasher.IsSelfConsistent(StoredRow.Of(record with { Payload = null }).ToRow()));

            var edited = field switch
            {
                0 => record with { Kind = text },
                1 => record with { Thread = text },
                2 => record with { Ticket = record.Ticket is null ? text : null },
                3 => record with { DraftId = text },
                4 => record with { Payload = $$"""{"text":{{System.Text.Json.JsonSerializer.Serialize(text)}}}""" },
                5 => record with { Sequence = record.Sequence - 1 },
                _ => record with { IdempotencyKey = text },
            };
            Assert.Equal(hasher.IsSelfConsistent(edited), hasher.IsSelfConsistent(StoredRow.Of(edited).ToRow()));
        }, iter: 2000);
    }

    [Fact]
    public void CanonicalHeader_EveryPlainCharacter_WritesTheBytesTheJsonWriterHashes()
    {
        for (var c = ' '; c <= '~'; c++)
        {
            if (c is '"' or '\\')
            {
                continue;
            }

            var value = $"x{c}y";
            var record = LedgerHashes.Seal(new LedgerEntry(value, value, value, value, value, value, new JsonObject()), 42, At, LedgerHashes.Genesis);
            var row = StoredRow.Of(record).ToRow();
            var header = Array.Empty<byte>();

            Assert.True(CanonicalHeader.TryWrite(row, ref header, out var written), $"'{c}' is text");
            Assert.Equal(JsonWriterHeader(record), header.AsSpan(0, written).ToArray());
            Assert.Equal(record.Hash, Convert.ToHexStringLower(SHA256.HashData(header.AsSpan(0, written))));
        }
    }

    [Theory]
    [InlineData("quote \" here")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak and \u0001 control")]
    [InlineData("café")]
    [InlineData("emoji 😀")]
    [InlineData("<script>&'+`")]
    [InlineData("separator \u2028 and \u00A0 nbsp")]
    [InlineData("replacement \uFFFD and 日本語")]
    public void CanonicalHeader_TextTheWriterEscapesOrMayEscape_IsEscapedAsTheJsonWriterEscapesIt(string thread)
    {
        var record = LedgerHashes.Seal(new LedgerEntry("k", "w", null, thread, null, null, new JsonObject()), 1, At, LedgerHashes.Genesis);
        var row = StoredRow.Of(record).ToRow();
        var header = Array.Empty<byte>();
        using var hasher = new RecordHasher();

        Assert.True(CanonicalHeader.TryWrite(row, ref header, out var written));
        Assert.Equal(JsonWriterHeader(record), header.AsSpan(0, written).ToArray());
        Assert.True(hasher.IsSelfConsistent(row));
    }

    /// <summary>The header as the JSON writer with the relaxed encoder wrote it before the canonical header had one writer: the bytes every stored hash covers.</summary>
    private static byte[] JsonWriterHeader(LedgerRecord r)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("at", r.At);
            writer.WriteString("content_hash", r.ContentHash);
            writer.WriteString("draft", r.DraftId);
            writer.WriteString("idempotency_key", r.IdempotencyKey);
            writer.WriteString("kind", r.Kind);
            writer.WriteString("prev", r.PreviousHash);
            writer.WriteNumber("seq", r.Sequence);
            writer.WriteString("thread", r.Thread);
            writer.WriteString("ticket", r.Ticket);
            writer.WriteString("workflow", r.Workflow);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void IsSelfConsistent_StoredBytesThatNoRecordHas_IsFalse()
    {
        using var hasher = new RecordHasher();
        var record = LedgerHashes.Seal(new LedgerEntry("k", "w", "d", "t", "SUP-1", "key", new JsonObject { ["text"] = "hello" }), 3, At, LedgerHashes.Genesis);
        var stored = StoredRow.Of(record);
        var invalidUtf8 = Encoding.UTF8.GetBytes(record.Payload!).Append((byte)0xFF).ToArray();

        Assert.True(hasher.IsSelfConsistent(stored.ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.Kind, null).ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.DraftId, null).ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.Payload, invalidUtf8).ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.Hash, Encoding.ASCII.GetBytes(record.Hash.ToUpperInvariant())).ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.ContentHash, Encoding.ASCII.GetBytes(record.ContentHash[..63])).ToRow()));
        Assert.False(hasher.IsSelfConsistent(stored.With(ChainColumns.Thread, [(byte)'t', 0xC3]).ToRow()));
    }
}
