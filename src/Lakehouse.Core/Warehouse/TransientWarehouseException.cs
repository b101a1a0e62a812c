namespace Lakehouse.Core.Warehouse;

/// <summary>
/// A warehouse failure worth retrying (connection lost, deadlock, serialization failure). Activities let it
/// escape so the orchestration's retry policy retries the whole, idempotent, load.
/// </summary>
public sealed class TransientWarehouseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientWarehouseException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TransientWarehouseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TransientWarehouseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
