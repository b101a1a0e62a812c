using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <summary>A parsed, typed source record, before masking. Values follow the dataset's column order.</summary>
public sealed class TypedRow
{
    /// <summary>Creates a row.</summary>
    public TypedRow(DatasetDefinition dataset, object?[] values, long number, long line)
    {
        Dataset = dataset;
        Values = values;
        Number = number;
        Line = line;
    }

    /// <summary>The row's dataset.</summary>
    public DatasetDefinition Dataset { get; }

    /// <summary>Typed values in column order.</summary>
    public object?[] Values { get; }

    /// <summary>1-based record number in the source file (header excluded).</summary>
    public long Number { get; }

    /// <summary>1-based line where the record starts in the source file.</summary>
    public long Line { get; }

    /// <summary>The value of a column.</summary>
    public object? this[string column] => Values[Dataset.Ordinal(column)];
}
