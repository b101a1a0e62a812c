using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>
/// <see cref="ParquetFileWriter.RowGroupObserver"/>: each row group's snapshot holds what reading the file back gives —
/// the same typed values cell by cell (timestamps in UTC to the microsecond, scaled decimals, empty strings apart from
/// nulls), the same row groups — which is what lets the validation observe silver while it is written.
/// </summary>
public class RowGroupObserverTests
{
    [Fact]
    public async Task Snapshot_EveryTypeExtremesAndNulls_EqualsTheRowGroupReadBack()
    {
        var rows = ParquetRows.AllTypesRows();
        var observed = new List<List<(Type, object?)[]>>();

        var file = await WriteAsync(ParquetRows.AllTypes, rows, observed, rowGroupBytes: 64L * 1024 * 1024);

        await AssertReadBackAsync(file, observed, rows.Count);
    }

    [Fact]
    public async Task Snapshot_SeveralRowGroupsOfRandomRows_EachEqualsItsRowGroupReadBack()
    {
        var (schema, rows) = ParquetRows.Random(seed: 11, rowCount: 4000);
        var observed = new List<List<(Type, object?)[]>>();

        var file = await WriteAsync(schema, rows, observed, rowGroupBytes: 16 * 1024);

        Assert.True(observed.Count > 3, $"{observed.Count} row groups");
        await AssertReadBackAsync(file, observed, rows.Count);
    }

    private static async Task<byte[]> WriteAsync(ParquetSchema schema, List<object?[]> rows, List<List<(Type, object?)[]>> observed, long rowGroupBytes)
    {
        using var output = new MemoryStream();
        await using (var writer = new ParquetFileWriter(output, schema, new ParquetWriterOptions { LeaveOpen = true, RowGroupTargetBytes = rowGroupBytes })
        {
            RowGroupObserver = (group, _) =>
            {
                observed.Add(Cells(group));
                return ValueTask.CompletedTask;
            },
        })
        {
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row);
            }
        }

        return output.ToArray();
    }

    private static async Task AssertReadBackAsync(byte[] file, List<List<(Type, object?)[]>> observed, int rowCount)
    {
        await using var reader = await ParquetFiles.OpenAsync(file);
        Assert.Equal(reader.RowGroupCount, observed.Count);
        Assert.Equal(rowCount, observed.Sum(g => g.Count));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = await reader.ReadRowGroupAsync(g);
            Assert.Equal(Cells(group), observed[g]);
        }
    }

    /// <summary>Each cell as (the column's CLR type, the value with its kind: DateTime by ticks and kind, decimal as its exact text).</summary>
    private static List<(Type, object?)[]> Cells(ParquetRowGroup group) =>
    [
        .. Enumerable.Range(0, group.RowCount).Select(r => group.Columns.Select(c => (c.GetType(), c.GetValue(r) switch
        {
            DateTime t => (object)(t.Ticks, t.Kind),
            decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
            double d when double.IsNaN(d) => "NaN",
            float f when float.IsNaN(f) => "NaN",
            var v => v,
        })).ToArray()),
    ];
}
