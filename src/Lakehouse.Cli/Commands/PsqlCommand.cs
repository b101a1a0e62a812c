using System.CommandLine;
using System.Diagnostics;
using Lakehouse.Core.Embedded;
using Npgsql;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse psql [psql options]</c>: the system's <c>psql</c> on the warehouse (configured or embedded), connection
/// settings passed in <c>PG*</c> environment variables (a password never on the command line). The embedded server stays
/// up while psql runs and stops after; Ctrl-C belongs to psql. Exits with psql's exit code.
/// </summary>
internal static class PsqlCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new Argument<string[]>("psql-arguments") { Arity = ArgumentArity.ZeroOrMore, Description = "Passed on to psql, e.g. -c \"\\dt dw.*\"" };
        var command = new Command("psql", "Open psql on the warehouse") { arguments };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, Find, async (host, psql) =>
        {
            var start = new ProcessStartInfo(psql) { UseShellExecute = false };
            foreach (var (name, value) in Environment(host.WarehouseConnectionString))
            {
                start.Environment[name] = value;
            }

            foreach (var argument in (parse.GetValue(arguments) ?? []).Concat(parse.UnmatchedTokens))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {psql}.");
            if (context.Signals is { } signals)
            {
                signals.ChildOwnsTerminal = true;
            }

            // Not the command's token: Ctrl-C cancels psql's query, not this process; psql decides when to end.
            await process.WaitForExitAsync(CancellationToken.None);
            return process.ExitCode;
        }, cancellationToken));
        return command;
    }

    /// <summary>libpq's environment variables for an Npgsql connection string.</summary>
    internal static IEnumerable<(string Name, string Value)> Environment(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        yield return ("PGHOST", builder.Host ?? "localhost");
        yield return ("PGPORT", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (builder.Username is { } user)
        {
            yield return ("PGUSER", user);
        }

        if (builder.Database is { } database)
        {
            yield return ("PGDATABASE", database);
        }

        if (builder.Password is { } password)
        {
            yield return ("PGPASSWORD", password);
        }

        if (builder.SslMode is not SslMode.Prefer)
        {
            yield return ("PGSSLMODE", builder.SslMode switch { SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", var mode => mode.ToString().ToLowerInvariant() });
        }

        yield return ("PGAPPNAME", "lakehouse psql");
    }

    /// <summary>psql on PATH, else next to the PostgreSQL server binaries.</summary>
    private static string Find()
    {
        var onPath = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "psql")).FirstOrDefault(File.Exists);
        var server = EmbeddedPostgres.FindBinaries() is { } bin && File.Exists(Path.Combine(bin, "psql")) ? Path.Combine(bin, "psql") : null;
        return onPath ?? server ?? throw new CliConfigurationException("psql was not found: install the PostgreSQL client (apt-get install postgresql-client).");
    }
}
