using Lakehouse.Core.Transform;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>Runs a command body with a <see cref="CliHost"/> and maps failures to exit codes (1 failure, 2 configuration).</summary>
internal static class CliRun
{
    public static Task<int> WithHostAsync(bool verbose, Func<CliHost, Task<int>> body, CancellationToken cancellationToken) =>
        WithHostAsync(verbose, () => true, (host, _) => body(host), cancellationToken);

    /// <summary>
    /// Like <see cref="WithHostAsync(bool, Func{CliHost, Task{int}}, CancellationToken)"/>, with the command's own checks
    /// (<paramref name="prepare"/>: paths, arguments) run before the host starts, so a typo fails at once instead of
    /// after a private PostgreSQL cluster has started. <paramref name="startHost"/> is a seam for tests.
    /// </summary>
    public static async Task<int> WithHostAsync<T>(bool verbose, Func<T> prepare, Func<CliHost, T, Task<int>> body, CancellationToken cancellationToken,
        Func<CancellationToken, Task<CliHost>>? startHost = null)
    {
        try
        {
            var input = prepare();
            await using var host = await (startHost ?? (ct => CliHost.StartAsync(Environment.CurrentDirectory, verbose ? LogLevel.Information : LogLevel.Warning, ct)))(cancellationToken);
            return await body(host, input);
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
