namespace Lakehouse.Core.Embedded;

/// <summary>
/// The embedded PostgreSQL could not be found, initialized, started or stopped; the message names the command, its
/// exit code and the tail of <c>postgres.log</c>, or says what to install.
/// </summary>
public sealed class EmbeddedPostgresException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmbeddedPostgresException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EmbeddedPostgresException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public EmbeddedPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
