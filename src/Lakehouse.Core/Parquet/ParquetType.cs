namespace Lakehouse.Core.Parquet;

// CA1720: the member names are the Parquet/SQL type names the pipeline codes against.
#pragma warning disable CA1720

/// <summary>
/// Column types of the flat files the pipeline writes and reads, with their Parquet physical and logical types and the
/// CLR type of their values (<see cref="ParquetColumn{T}"/>).
/// </summary>
public enum ParquetType
{
    /// <summary>BOOLEAN; CLR <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32; CLR <see cref="int"/>. Reading also widens INT_8/INT_16/UINT_8/UINT_16 columns.</summary>
    Int32,

    /// <summary>INT64; CLR <see cref="long"/>. Reading also widens UINT_32 columns.</summary>
    Int64,

    /// <summary>FLOAT; CLR <see cref="float"/>.</summary>
    Float,

    /// <summary>DOUBLE; CLR <see cref="double"/>.</summary>
    Double,

    /// <summary>BYTE_ARRAY annotated STRING (UTF-8); CLR <see cref="ReadOnlyMemory{T}"/> of <see cref="char"/> (<see cref="string"/> when writing rows).</summary>
    String,

    /// <summary>INT32 annotated DATE (days since 1970-01-01); CLR <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>
    /// INT64 annotated TIMESTAMP(isAdjustedToUTC, MICROS) when writing; CLR <see cref="DateTime"/> in UTC. Reading
    /// accepts any TIMESTAMP unit (and INT96).
    /// </summary>
    TimestampMicros,

    /// <summary>
    /// DECIMAL(precision, scale), precision at most 18 when writing: stored on INT32 up to precision 9, on INT64 above
    /// (silver's DECIMAL(12,2) is INT64); CLR <see cref="decimal"/>.
    /// </summary>
    Decimal,
}
#pragma warning restore CA1720
