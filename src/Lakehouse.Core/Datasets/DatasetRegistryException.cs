namespace Lakehouse.Core.Datasets;

/// <summary>The dataset units do not form a valid registry: the message lists each problem with its dataset and piece.</summary>
public sealed class DatasetRegistryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatasetRegistryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DatasetRegistryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DatasetRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="problems"/> (one line each).</summary>
    public DatasetRegistryException(IReadOnlyList<string> problems)
        : base("Invalid dataset registry:" + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => "  " + p)))
    {
        Problems = problems ?? [];
    }

    /// <summary>Each problem, <c>dataset 'x', piece: reason</c>.</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}
