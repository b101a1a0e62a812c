using System.Collections;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse sql "SELECT …" [--format table|csv|json] [--read-only]</c>: runs the text on the warehouse (configured
/// or embedded) exactly as typed — queries, DDL and DML alike, committed — and prints every result set; statements
/// without rows report how many rows they changed. <c>--read-only</c> runs it in a read-only transaction, so PostgreSQL
/// refuses any write. Exit codes: 0 done, 1 PostgreSQL refused it (its message, position and hint), 2 usage.
/// </summary>
internal static class SqlCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("statement") { Description = "SQL to run, e.g. \"SELECT count(*) FROM dw.fact_order\"" };
        var format = OutputFormatOption.Create();
        var readOnly = new Option<bool>("--read-only") { Description = "Run in a read-only transaction: PostgreSQL refuses writes" };
        var command = new Command("sql", "Run SQL on the warehouse and print the result") { text, format, readOnly };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, () => parse.GetValue(text)!, (host, sql) =>
            ExecuteAsync(host, sql, parse.GetValue(readOnly), OutputFormatOption.Get(parse, format), context.Output, cancellationToken), cancellationToken));
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> in one transaction, committed when it succeeds; a PostgreSQL error is printed and exits 1.</summary>
    private static async Task<int> ExecuteAsync(CliHost host, string sql, bool readOnly, OutputFormat format, CliOutput output, CancellationToken cancellationToken)
    {
        await using var connection = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            if (readOnly)
            {
                await using var set = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction);
                await set.ExecuteNonQueryAsync(cancellationToken);
            }

            await RunAsync(new NpgsqlCommand(sql, connection, transaction), output, format, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }
        catch (PostgresException e)
        {
            output.Error.MarkupLineInterpolated($"[red]ERROR:[/] {e.MessageText}{(e.Position > 0 ? $" (at character {e.Position})" : "")}");
            if (e.Hint is { } hint)
            {
                output.Error.MarkupLineInterpolated($"HINT: {hint}");
            }

            return 1;
        }
    }

    private static async Task RunAsync(NpgsqlCommand command, CliOutput output, OutputFormat format, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var sets = 0;
            do
            {
                if (reader.FieldCount == 0)
                {
                    continue;
                }

                var result = new ResultTable([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)]);
                while (await reader.ReadAsync(cancellationToken))
                {
                    result.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Value(reader, i))]);
                }

                result.Write(output.Out, format);
                output.Error.MarkupLineInterpolated($"[grey]({result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")})[/]");
                sets++;
            }
            while (await reader.NextResultAsync(cancellationToken));

            if (sets == 0)
            {
                output.Error.MarkupLineInterpolated($"done{(reader.RecordsAffected >= 0 ? $": {reader.RecordsAffected} row(s) affected" : "")}.");
            }
        }
    }

    /// <summary>A column value ready to print: dates as dates, arrays as <c>{a,b}</c>, bytes as hex — never a .NET type name.</summary>
    private static object? Value(NpgsqlDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            return null;
        }

        if (reader.GetDataTypeName(i) == "date")
        {
            return reader.GetFieldValue<DateOnly>(i);
        }

        object raw;
        try
        {
            raw = reader.GetValue(i);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidCastException)
        {
            // Npgsql reads no value of some system types (regclass, say) without a cast: say which column and what to do.
            throw new NotSupportedException(
                $"column '{reader.GetName(i)}' is of type {reader.GetDataTypeName(i)}, which cannot be shown as it is: cast it to text in the query (…::text)", e);
        }

        return raw switch
        {
            byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
            string s => s,
            IEnumerable items => "{" + string.Join(",", items.Cast<object?>().Select(v => v is null ? "NULL" : ResultTable.Text(v))) + "}",
            var value => value,
        };
    }
}
