using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The file's columns as they are, plus <c>x__date_key</c> (integer) after each timestamp column <c>x</c>: the
/// <c>dw.dim_date</c> key computed here (<see cref="DateKeys"/>) rather than once per row and column in the merge.
/// Each row group is copied from its typed columns (<see cref="ColumnCopier"/>): no boxed value, no string per value.
/// </summary>
internal sealed class FileStaging : Staging
{
    public FileStaging(ParquetSchema schema) =>
        Columns = [.. schema.Fields.SelectMany(f => f.Type == ParquetType.TimestampMicros
            ? new[] { (f.Name, PgType(f)), (f.Name + DateKeys.StagedColumnSuffix, "integer NOT NULL") }
            : [(f.Name, PgType(f))])];

    public override IReadOnlyList<(string Name, string Type)> Columns { get; }

    public override async Task<long> WriteAsync(ParquetFileReader reader, PgBinaryCopyWriter output, CancellationToken cancellationToken)
    {
        var width = Columns.Count;
        long total = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = await reader.ReadRowGroupAsync(group, cancellationToken);
            var copiers = rowGroup.Columns.Select(ColumnCopier.For).ToArray();
            for (var row = 0; row < rowGroup.RowCount; row++)
            {
                output.StartRow(width);
                foreach (var copier in copiers)
                {
                    copier.Write(output, row);
                }
            }

            total += rowGroup.RowCount;
        }

        return total;
    }
}
