using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Schema;

/// <summary>A leaf column as stored: the public field plus its physical representation.</summary>
/// <param name="Field">The column as the API exposes it.</param>
/// <param name="Physical">Physical type.</param>
/// <param name="TypeLength">Byte length of FIXED_LEN_BYTE_ARRAY values, else 0.</param>
/// <param name="Unit">Time unit of TIMESTAMP columns.</param>
internal sealed record ColumnDescriptor(ParquetField Field, PhysicalType Physical, int TypeLength, TimeUnit Unit)
{
    public string Name => Field.Name;

    /// <summary>1 for OPTIONAL columns (definition levels present), 0 for REQUIRED.</summary>
    public int MaxDefinitionLevel => Field.Nullable ? 1 : 0;
}
