using System.CommandLine;
using Lakehouse.Core.Parquet;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse parquet schema|head|meta &lt;file&gt;</c>: inspects a local Parquet file (ours or another tool's) through
/// the pipeline's reader (Parquet.Net). Needs no database and no lake. Exit codes: 0 shown, 1 the file is not readable
/// Parquet (the message names the file or the unsupported column), 2 missing file or usage.
/// </summary>
internal static class ParquetCommand
{
    public static Command Create(CliContext context)
    {
        var console = context.Output;
        var command = new Command("parquet", "Inspect a local Parquet file (no database or lake needed)");
        command.Subcommands.Add(Sub("schema", "Show the columns: name, Parquet type, logical type, nullability", console, (reader, _, output) => ParquetTables.SchemaAsync(reader, output)));
        var rows = new Option<int>("-n", "--rows") { Description = "How many rows to show", DefaultValueFactory = _ => 10 };
        rows.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("-n must be 0 or more.");
            }
        });
        var format = OutputFormatOption.Create();
        command.Subcommands.Add(Sub("head", "Show the first rows", console, (reader, parse, output) => ParquetTables.HeadAsync(reader, parse.GetValue(rows), OutputFormatOption.Get(parse, format), output), rows, format));
        command.Subcommands.Add(Sub("meta", "Show row groups and column chunks: encodings, codecs, sizes, statistics", console, (reader, _, output) => ParquetTables.MetaAsync(reader, output)));
        return command;
    }

    private static Command Sub(string name, string description, CliOutput console, Func<ParquetFileReader, ParseResult, CliOutput, Task> show, params Option[] options)
    {
        var file = new Argument<FileInfo>("file") { Description = "Path of a .parquet file" };
        var command = new Command(name, description) { file };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(file)!, console, (reader, output) => show(reader, parse, output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, CliOutput output, Func<ParquetFileReader, CliOutput, Task> show, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            output.Error.MarkupLineInterpolated($"[red]error:[/] file not found: {file.FullName}");
            return 2;
        }

        try
        {
            await using var reader = await ParquetFileReader.OpenAsync(file.FullName, cancellationToken);
            await show(reader, output);
            return 0;
        }
        catch (ParquetFormatException e)
        {
            output.Error.MarkupLineInterpolated($"[red]error:[/] {CliMessages.Describe(e)}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error.MarkupLineInterpolated($"[red]error:[/] {CliMessages.Describe(e)}");
            return 1;
        }
    }
}
