namespace Lakehouse.Core.Warehouse;

/// <summary>A load failed for a reason retrying will not fix; the message names the object and the table.</summary>
public sealed class WarehouseLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WarehouseLoadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public WarehouseLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public WarehouseLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
