namespace Lakehouse.Functions.Triggers;

/// <summary>A health check that reached its dependency and found it wrong; the message is value-free and shown as is.</summary>
public sealed class HealthCheckFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HealthCheckFailedException()
    {
    }

    /// <summary>Creates the exception with a value-free message.</summary>
    public HealthCheckFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a value-free message and its cause.</summary>
    public HealthCheckFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
