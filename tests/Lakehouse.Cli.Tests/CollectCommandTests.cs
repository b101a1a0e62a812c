using Lakehouse.Cli.Commands;
using Lakehouse.Core.Collection;
using Microsoft.Extensions.Configuration;

namespace Lakehouse.Cli.Tests;

/// <summary>`lakehouse collect` checks what it is asked against the configured sources before anything starts.</summary>
public sealed class CollectCommandTests
{
    private static readonly IConfiguration Defaults = new ConfigurationBuilder().Build();

    [Fact]
    public async Task Collect_UnknownSeries_ExitsOneNamingIt()
    {
        var (exitCode, _) = await CliConsole.RunAsync("collect", "--series", "433", "99999");

        Assert.Equal(1, exitCode);
        var error = Assert.Throws<CollectionRequestException>(() => CollectCommand.Request(Defaults, null, [433, 99999], null, null));
        Assert.Contains("99999", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("433 (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_UnknownSource_ExitsOneNamingIt()
    {
        var (exitCode, _) = await CliConsole.RunAsync("collect", "--source", "ftp");

        Assert.Equal(1, exitCode);
        var error = Assert.Throws<CollectionRequestException>(() => CollectCommand.Request(Defaults, "ftp", null, null, null));
        Assert.Contains("'ftp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_MalformedDate_ExitsTwo()
    {
        var (exitCode, _) = await CliConsole.RunAsync("collect", "--from", "01/01/2016");

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public void Request_KnownSeriesAndRange_IsKept()
    {
        var request = CollectCommand.Request(Defaults, "bcb", [433, 11], "2016-01-01", "2025-12-31");

        Assert.Equal(new CollectionRequest("bcb", [433, 11], new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31)) with { Series = request.Series }, request);
        Assert.Equal([433, 11], request.Series);
    }
}
