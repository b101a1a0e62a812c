namespace Lakehouse.Cli;

/// <summary>A configuration problem the user must fix (exit code 2). The message names the setting, never its value.</summary>
public sealed class CliConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CliConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CliConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
