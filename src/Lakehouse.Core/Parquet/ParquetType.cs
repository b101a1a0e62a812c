namespace Lakehouse.Core.Parquet;

// CA1720: the member names are the Parquet/SQL type names the pipeline codes against.
#pragma warning disable CA1720

/// <summary>Column types the codec writes and reads, with their Parquet physical and logical types.</summary>
public enum ParquetType
{
    /// <summary>BOOLEAN; CLR <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>INT32; CLR <see cref="int"/>.</summary>
    Int32,

    /// <summary>INT64; CLR <see cref="long"/>.</summary>
    Int64,

    /// <summary>FLOAT; CLR <see cref="float"/>.</summary>
    Float,

    /// <summary>DOUBLE; CLR <see cref="double"/>.</summary>
    Double,

    /// <summary>BYTE_ARRAY annotated STRING (UTF-8); CLR <see cref="string"/>.</summary>
    String,

    /// <summary>INT32 annotated DATE (days since 1970-01-01); CLR <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>INT64 annotated TIMESTAMP(isAdjustedToUTC, MICROS); CLR <see cref="DateTime"/> in UTC.</summary>
    TimestampMicros,

    /// <summary>INT64 annotated DECIMAL(precision, scale), precision at most 18 when writing; CLR <see cref="decimal"/>.</summary>
    Decimal,
}
#pragma warning restore CA1720
