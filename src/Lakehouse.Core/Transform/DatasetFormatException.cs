namespace Lakehouse.Core.Transform;

/// <summary>
/// A source file cannot be read as its dataset at all (missing column, no header, broken quoting). The whole object
/// is rejected; the message names the object, the line and the rule, never a value.
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatasetFormatException(string objectKey, string rule, string message, Exception? inner = null)
        : base($"{objectKey}: {message} (rule: {rule})", inner)
    {
        ObjectKey = objectKey;
        Rule = rule;
    }

    /// <summary>Creates the exception with a message.</summary>
    public DatasetFormatException(string message)
        : base(message)
    {
        ObjectKey = "";
        Rule = "";
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        ObjectKey = "";
        Rule = "";
    }

    /// <summary>Creates the exception.</summary>
    public DatasetFormatException()
    {
        ObjectKey = "";
        Rule = "";
    }

    /// <summary>The object that was rejected.</summary>
    public string ObjectKey { get; }

    /// <summary>The rule it broke (<c>column_set</c>, <c>csv_quoting</c>, <c>header</c>).</summary>
    public string Rule { get; }
}
