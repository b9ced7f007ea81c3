using System.Runtime.InteropServices;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// The column reads of the verifier's scan, called straight into e_sqlite3 (the library SQLitePCL loads, pinned in the
/// project file) without a GC transition: they only read the row a step produced, and through SQLitePCL's safe
/// handles the eleven reads per row cost more than the step itself.
/// </summary>
internal static unsafe partial class SqliteColumns
{
    private const string Library = "e_sqlite3";

    public const int Null = 5;

    /// <summary>The column's bytes as stored (TEXT as UTF-8, unconverted), valid until the next step.</summary>
    public static ReadOnlySpan<byte> Bytes(nint statement, int column)
    {
        // SQLite's order: the pointer first (it settles the value's form), then its length.
        var data = Blob(statement, column);
        return new ReadOnlySpan<byte>((void*)data, Length(statement, column));
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long Int64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int Type(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    private static partial nint Blob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    private static partial int Length(nint statement, int column);
}
