using System.Globalization;
using Lakehouse.Core.Parquet;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>Spectre tables of <c>lakehouse parquet</c>: schema, first rows, footer metadata (chunk size: in file/uncompressed).</summary>
internal static class ParquetTables
{
    public static Task SchemaAsync(ParquetFileReader reader, CliOutput cli)
    {
        var output = cli.Out;
        var physical = reader.RowGroups.Count > 0 ? reader.RowGroups[0].Columns.Select(c => c.PhysicalType).ToList() : null;
        var table = new Table().AddColumns("#", "column", "physical", "logical", "nullable");
        for (var i = 0; i < reader.Schema.Fields.Count; i++)
        {
            var field = reader.Schema.Fields[i];
            table.AddRow(
                $"{i}",
                Markup.Escape(field.Name),
                physical?[i] ?? DefaultPhysical(field.Type),
                Logical(field),
                field.Nullable ? "yes" : "no");
        }

        output.MarkupLineInterpolated($"{reader.Schema.Fields.Count} columns, {reader.RowCount:N0} rows");
        output.Write(table);
        return Task.CompletedTask;
    }

    public static async Task HeadAsync(ParquetFileReader reader, int rows, OutputFormat format, CliOutput output)
    {
        if (format != OutputFormat.Table)
        {
            var result = new ResultTable([.. reader.Schema.Fields.Select(f => f.Name)]);
            var taken = 0;
            await foreach (var row in reader.ReadRowsAsync())
            {
                if (taken++ == rows)
                {
                    break;
                }

                result.Add(row);
            }

            result.Write(output.Out, format);
            return;
        }

        var table = new Table();
        foreach (var field in reader.Schema.Fields)
        {
            table.AddColumn(Markup.Escape(field.Name));
        }

        var shown = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            if (shown++ == rows)
            {
                break;
            }

            table.AddRow(row.Select(ParquetText.Cell).ToArray());
        }

        output.Out.Write(table);
        output.Out.MarkupLineInterpolated($"{Math.Min(rows, reader.RowCount):N0} of {reader.RowCount:N0} rows");
    }

    public static Task MetaAsync(ParquetFileReader reader, CliOutput cli)
    {
        var output = cli.Out;
        var file = new Grid().AddColumns(2);
        file.AddRow("rows", reader.RowCount.ToString("N0", CultureInfo.InvariantCulture));
        file.AddRow("row groups", reader.RowGroupCount.ToString(CultureInfo.InvariantCulture));
        file.AddRow("format version", reader.FormatVersion.ToString(CultureInfo.InvariantCulture));
        file.AddRow("created by", Markup.Escape(reader.CreatedBy ?? "-"));
        foreach (var (key, value) in reader.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            file.AddRow(Markup.Escape(key), Markup.Escape(ParquetText.Shorten(value, 120)));
        }

        output.Write(file);
        foreach (var group in reader.RowGroups)
        {
            output.WriteLine();
            output.MarkupLineInterpolated($"row group {group.Index}: {group.RowCount:N0} rows, {ParquetText.Bytes(group.CompressedSize)} compressed, {ParquetText.Bytes(group.TotalByteSize)} uncompressed");
            output.Write(ChunkTable(group));
        }

        return Task.CompletedTask;
    }

    private static Table ChunkTable(ParquetRowGroupInfo group)
    {
        var table = new Table().AddColumns("column", "type", "codec", "encodings", "values", "nulls", "size", "min", "max");
        foreach (var c in group.Columns)
        {
            var stats = c.Statistics;
            table.AddRow(
                Markup.Escape(c.Name),
                c.PhysicalType,
                c.Codec,
                string.Join(' ', c.Encodings.Select(ParquetText.ShortEncoding)),
                c.ValueCount.ToString(CultureInfo.InvariantCulture),
                stats?.NullCount?.ToString(CultureInfo.InvariantCulture) ?? "-",
                $"{ParquetText.ShortBytes(c.CompressedSize)}/{ParquetText.ShortBytes(c.UncompressedSize)}",
                stats is null ? "-" : ParquetText.Cell(stats.Min),
                stats is null ? "-" : ParquetText.Cell(stats.Max));
        }

        return table;
    }

    private static string Logical(ParquetField field) => field.Type switch
    {
        ParquetType.String => "STRING",
        ParquetType.Date => "DATE",
        ParquetType.TimestampMicros => "TIMESTAMP(UTC)",
        ParquetType.Decimal => $"DECIMAL({field.Precision},{field.Scale})",
        _ => "-",
    };

    private static string DefaultPhysical(ParquetType type) => type switch
    {
        ParquetType.Boolean => "BOOLEAN",
        ParquetType.Int32 or ParquetType.Date => "INT32",
        ParquetType.Float => "FLOAT",
        ParquetType.Double => "DOUBLE",
        ParquetType.String => "BYTE_ARRAY",
        _ => "INT64",
    };
}
