using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>`lakehouse sql`, `psql` and `reset`: look inside the warehouse, and start over without losing the key.</summary>
public sealed class LookInsideTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-inside");

    [RequiresPostgresBinariesFact]
    public async Task Sql_RunsWhatWasTyped_WritesUnlessReadOnly_AndReportsErrorsWithExitOne()
    {
        var home = await TestHomes.WithWarehouseAsync(_folder, "cli-sql");

        var create = await CliConsole.RunAsync(home, null, "sql", "CREATE TABLE public.notes (n int); INSERT INTO public.notes VALUES (1), (2)");
        var refused = await CliConsole.RunAsync(home, null, "sql", "--read-only", "DELETE FROM public.notes");
        var count = await CliConsole.RunAsync(home, null, "sql", "SELECT count(*) AS notes FROM public.notes", "--format", "csv");
        var typo = await CliConsole.RunAsync(home, null, "sql", "SELEC 1");
        var regclass = await CliConsole.RunAsync(home, null, "sql", "SELECT 'public.notes'::regclass AS t");
        var cast = await CliConsole.RunAsync(home, null, "sql", "SELECT 'public.notes'::regclass::text AS t", "--format", "csv");

        Assert.Equal((0, 1, 0, 1), (create.ExitCode, refused.ExitCode, count.ExitCode, typo.ExitCode));
        Assert.Equal((1, 0), (regclass.ExitCode, cast.ExitCode));
        Assert.Contains("column 't' is of type regclass, which cannot be shown as it is: cast it to text", regclass.Error, StringComparison.Ordinal);
        Assert.Equal("t\r\nnotes\r\n", cast.Out);
        Assert.Contains("2 row(s) affected", create.Error, StringComparison.Ordinal);
        Assert.Contains("read-only transaction", refused.Error, StringComparison.Ordinal);
        Assert.Equal("notes\r\n2\r\n", count.Out);
        Assert.Contains("ERROR: syntax error at or near \"SELEC\" (at character 1)", typo.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", typo.Error, StringComparison.Ordinal);
    }

    [RequiresPostgresBinariesFact]
    public async Task Psql_WithArguments_RunsTheSystemPsqlOnTheWarehouse()
    {
        var environment = await CliProcess.EnvironmentAsync(_folder.Combine("home"), "cli-psql");

        var (exitCode, output, error) = await CliProcess.RunAsync(_folder.Path, environment, "psql", "-X", "-A", "-t", "-c", "SELECT 40 + 2, current_database()");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("42|cli_psql_", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_Yes_DeletesLakeWarehouseAndStateButKeepsTheKeyAndSaysSo()
    {
        var home = HomeWithState();

        var (exitCode, _, error) = await CliConsole.RunAsync(home, null, "reset", "--yes");

        Assert.Equal(0, exitCode);
        Assert.False(Directory.Exists(home.Lake) || Directory.Exists(home.Postgres) || Directory.Exists(home.Runs));
        Assert.True(File.Exists(home.MaskingKey));
        Assert.Contains($"deleted the lake: {home.Lake}", error, StringComparison.Ordinal);
        Assert.Contains($"kept the masking key {home.MaskingKey} (pass --include-key to delete it too)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_IncludeKey_DeletesTheKeyToo()
    {
        var home = HomeWithState();

        var (exitCode, _, error) = await CliConsole.RunAsync(home, null, "reset", "--yes", "--include-key");

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(home.MaskingKey));
        Assert.Contains("deleted the masking key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AnsweredNoOrNotAtAll_DeletesNothing()
    {
        var home = HomeWithState();

        var no = await CliConsole.RunAsync(home, new StringReader("n\n"), "reset");
        var none = await CliConsole.RunAsync(home, new StringReader(""), "reset");

        Assert.Equal((1, 2), (no.ExitCode, none.ExitCode));
        Assert.Contains("will delete the lake", no.Error, StringComparison.Ordinal);
        Assert.Contains("nothing deleted", none.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(home.Lake) && Directory.Exists(home.Postgres));
    }

    public void Dispose() => _folder.Dispose();

    private CliHome HomeWithState()
    {
        var home = TestHomes.At(_folder.Combine("home-" + Guid.NewGuid().ToString("N")[..6]));
        Directory.CreateDirectory(Path.Combine(home.Lake, "lake-bronze"));
        Directory.CreateDirectory(home.Postgres);
        Directory.CreateDirectory(home.Runs);
        File.WriteAllText(home.MaskingKey, "secret-not-printed");
        return home;
    }
}
