using System.Globalization;

namespace ChatOps.Testing.Postgres;

/// <summary>The CI summary of how many PostgreSQL tests ran: one number in a file, which every test assembly adds to.</summary>
/// <remarks>Test assemblies run in parallel processes, so the file is read and rewritten under an exclusive open.</remarks>
internal static class PostgresTestCount
{
    public static void Add(string path, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                using var reader = new StreamReader(file, leaveOpen: true);
                var before = int.TryParse(reader.ReadToEnd().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                file.SetLength(0);
                using var writer = new StreamWriter(file);
                writer.Write($"{before + count}\n");
                return;
            }
            catch (IOException) when (attempt < 100)
            {
                Thread.Sleep(50);
            }
        }
    }
}
