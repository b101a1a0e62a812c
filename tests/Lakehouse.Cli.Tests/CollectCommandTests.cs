using Lakehouse.Cli.Commands;
using Lakehouse.Core.Collection;
using Lakehouse.Testing;
using Microsoft.Extensions.Configuration;

namespace Lakehouse.Cli.Tests;

/// <summary>`lakehouse collect` checks what it is asked against the configured sources before anything starts.</summary>
public sealed class CollectCommandTests : IDisposable
{
    private static readonly IConfiguration Defaults = new ConfigurationBuilder().Build();
    private readonly TempDirectory _folder = new("collect-cli");

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        CliConsole.RunAsync(CliHome.Find(_folder.Path, name => name == CliHome.EnvironmentVariable ? _folder.Path : null), null, args);

    [Fact]
    public async Task Collect_UnknownSeries_ExitsOneNamingIt()
    {
        var (exitCode, _, error) = await RunAsync("collect", "--series", "433", "99999");

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown series 99999", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "pg")), "nothing started");
        var thrown = Assert.Throws<CollectionRequestException>(() => CollectCommand.Request(Defaults, null, [433, 99999], null, null));
        Assert.Contains("99999", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("433 (", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_UnknownSource_ExitsOneNamingIt()
    {
        var (exitCode, _, error) = await RunAsync("collect", "--source", "ftp");

        Assert.Equal(1, exitCode);
        Assert.Contains("'ftp'", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<CollectionRequestException>(() => CollectCommand.Request(Defaults, "ftp", null, null, null));
        Assert.Contains("'ftp'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_MalformedDate_ExitsTwo()
    {
        var (exitCode, _, _) = await RunAsync("collect", "--from", "01/01/2016");

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public void Request_KnownSeriesAndRange_IsKept()
    {
        var request = CollectCommand.Request(Defaults, "bcb", [433, 11], "2016-01-01", "2025-12-31");

        Assert.Equal(new CollectionRequest("bcb", [433, 11], new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31)) with { Series = request.Series }, request);
        Assert.Equal([433, 11], request.Series);
    }

    public void Dispose() => _folder.Dispose();
}
