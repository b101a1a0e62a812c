using Lakehouse.Core.Transform;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>Runs a command body with a <see cref="CliHost"/> and maps failures to exit codes (1 failure, 2 configuration).</summary>
internal static class CliRun
{
    public static async Task<int> WithHostAsync(bool verbose, Func<CliHost, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var host = await CliHost.StartAsync(Environment.CurrentDirectory, verbose ? LogLevel.Information : LogLevel.Warning, cancellationToken);
            return await body(host);
        }
        catch (CliConfigurationException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {e.Message}");
            return 2;
        }
        catch (FileNotFoundException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is DatasetFormatException or InvalidOperationException or IOException or Npgsql.NpgsqlException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
