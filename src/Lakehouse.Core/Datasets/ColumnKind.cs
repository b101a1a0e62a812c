namespace Lakehouse.Core.Datasets;

/// <summary>The typed form a CSV column is parsed into before it is written to silver Parquet.</summary>
public enum ColumnKind
{
    /// <summary>Text, kept as UTF-8.</summary>
    String,

    /// <summary>32-bit integer.</summary>
    Int32,

    /// <summary>Decimal with the column's scale (money: 2), stored as Parquet DECIMAL on INT64.</summary>
    Decimal,

    /// <summary>Double-precision number (coordinates, measures).</summary>
    Double,

    /// <summary>Calendar date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>Local date and time in the source's time zone (<c>yyyy-MM-dd HH:mm:ss</c>), converted to UTC.</summary>
    Timestamp,
}
