using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatOps.Testing.Postgres;

/// <summary>A throwaway PostgreSQL server from the Debian packages: initdb + pg_ctl in a temp dir on a free loopback port.</summary>
internal sealed class PostgresServer : IDisposable
{
    /// <summary>The superuser the throwaway cluster is created for.</summary>
    internal const string User = "chatops";
    private readonly string directory;
    private readonly string binaries;
    private readonly bool asPostgresUser;

    private PostgresServer(string directory, string binaries, int port, bool asPostgresUser)
    {
        this.directory = directory;
        this.binaries = binaries;
        this.asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Maximum Pool Size=20;Timeout=30;Command Timeout=120";

    public static PostgresServer Start()
    {
        var binaries = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        var directory = Directory.CreateTempSubdirectory("chatops-pg-").FullName;
        var port = FreePort();
        var server = new PostgresServer(directory, binaries, port, asPostgresUser);
        if (asPostgresUser)
        {
            // PostgreSQL refuses to run as root; the Debian package's postgres user owns the throwaway cluster.
            Run("chown", ["-R", "postgres:postgres", directory], asPostgresUser: false);
        }

        var data = Path.Combine(directory, "data");
        try
        {
            server.RunTool("initdb", ["-D", data, "-U", User, "--auth=trust", "--encoding=UTF8", "--no-instructions"]);
            server.RunTool("pg_ctl", ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);
        }
        catch
        {
            // The test fails with the tool's message; the half-made cluster is not left behind in /tmp.
            Directory.Delete(directory, recursive: true);
            throw;
        }

        return server;
    }

    public void Dispose()
    {
        try
        {
            RunTool("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        return found ?? throw new InvalidOperationException("PostgreSQL is not installed: bash tests/run-all.sh installs it (.ci/install-postgres.sh: apt-get install -y postgresql) or set PG_BIN.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunTool(string tool, string[] arguments) => Run(Path.Combine(binaries, tool), arguments, asPostgresUser);

    private static void Run(string program, string[] arguments, bool asPostgresUser)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error} {output.Result}");
        }
    }
}
