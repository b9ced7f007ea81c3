using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChatOps.Testing.Postgres;

/// <summary>
/// A throwaway PgBouncer (Debian's package) in session pooling mode in front of the fixture's PostgreSQL server, the way
/// a deployment fronts its ledger database for the CLI and many host instances: any database name is passed through.
/// </summary>
public sealed class PgBouncerServer : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/pgbouncer";
    private readonly Process process;
    private readonly string directory;

    private PgBouncerServer(Process process, string directory, int port)
    {
        this.process = process;
        this.directory = directory;
        Port = port;
    }

    /// <summary>The loopback port clients connect to instead of the server's.</summary>
    public int Port { get; }

    /// <summary>The same database as <paramref name="connectionString"/>, reached through this pooler.</summary>
    public string Route(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Port = Port }.ConnectionString;

    internal static async Task<PgBouncerServer> StartAsync(int serverPort, string user)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"PgBouncer is not installed at {Binary}: bash tests/run-all.sh installs it (.ci/install-postgres.sh: apt-get install -y pgbouncer).");
        }

        var asPostgresUser = Environment.UserName == "root";
        var directory = Directory.CreateTempSubdirectory("chatops-pgbouncer-").FullName;
        var port = PostgresServer.FreePort();
        var config = Path.Combine(directory, "pgbouncer.ini");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $"""
            [databases]
            * = host=127.0.0.1 port={serverPort} user={user}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = any
            pool_mode = session
            server_reset_query = DISCARD ALL
            max_client_conn = 400
            default_pool_size = 40
            logfile = {Path.Combine(directory, "pgbouncer.log")}
            """));
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser)
        {
            // PgBouncer refuses to run as root, as PostgreSQL does.
            using var chown = Process.Start("chown", ["-R", "postgres:postgres", directory]);
            await chown.WaitForExitAsync();
            foreach (var argument in new[] { "-u", "postgres", "--", Binary })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(config);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start PgBouncer.");
        var bouncer = new PgBouncerServer(process, directory, port);
        try
        {
            await bouncer.WaitUntilListeningAsync();
        }
        catch
        {
            await bouncer.DisposeAsync();
            throw;
        }

        return bouncer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (process.HasExited)
            {
                var log = Path.Combine(directory, "pgbouncer.log");
                throw new InvalidOperationException($"PgBouncer exited {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"PgBouncer did not listen on 127.0.0.1:{Port} within 10 s.");
    }
}
