using System.CommandLine;
using Lakehouse.Core.Embedded;
using Lakehouse.Core.Transform;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Runs a command body with a <see cref="CliHost"/> and maps failures to exit codes and plain messages: 1 failure,
/// 2 usage or configuration, 130 interrupted (Ctrl-C). Messages carry no .NET type names (<see cref="CliMessages"/>).
/// </summary>
internal static class CliRun
{
    /// <summary>Exit code of a command interrupted by Ctrl-C (128 + SIGINT), as shells expect.</summary>
    public const int Interrupted = 130;

    public static Task<int> WithHostAsync(CliContext context, ParseResult parse, Func<CliHost, Task<int>> body, CancellationToken cancellationToken) =>
        WithHostAsync(context, parse, () => true, (host, _) => body(host), cancellationToken);

    /// <summary>
    /// Like <see cref="WithHostAsync(CliContext, ParseResult, Func{CliHost, Task{int}}, CancellationToken)"/>, with the
    /// command's own checks (<paramref name="prepare"/>: paths, arguments) run before the host starts, so a typo fails at
    /// once instead of after a private PostgreSQL cluster has started. With <paramref name="prepareBeside"/> the body starts
    /// while the warehouse is still being prepared and awaits <see cref="CliHost.Prepared"/> itself (<c>ingest</c>).
    /// <paramref name="startHost"/> is a seam for tests.
    /// </summary>
    public static async Task<int> WithHostAsync<T>(CliContext context, ParseResult parse, Func<T> prepare, Func<CliHost, T, Task<int>> body, CancellationToken cancellationToken,
        Func<CancellationToken, Task<CliHost>>? startHost = null, bool prepareBeside = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var error = context.Output.Error;
        try
        {
            var input = prepare();
            startHost ??= ct => CliHost.StartAsync(context.FindHome(), context.Output, parse.GetValue(context.Verbose), ct, prepareBeside);
            await using var host = await startHost(cancellationToken);
            return await body(host, input);
        }
        catch (RunInterruptedException)
        {
            return context.Signals?.ExitCode ?? Interrupted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.MarkupLine("[yellow]interrupted[/]");
            return context.Signals?.ExitCode ?? Interrupted;
        }
        catch (Exception e) when (e is CliConfigurationException or FileNotFoundException)
        {
            // A configuration message says all there is; its cause would only repeat it with .NET detail.
            error.MarkupLineInterpolated($"[red]{(e is CliConfigurationException ? "configuration error" : "error")}:[/] {CliMessages.Clean(e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is DatasetFormatException or InvalidOperationException or IOException or UnauthorizedAccessException or EmbeddedPostgresException or Npgsql.NpgsqlException)
        {
            error.MarkupLineInterpolated($"[red]error:[/] {CliMessages.Describe(e)}");
            return 1;
        }
    }
}
