namespace Lakehouse.Core.Ocr;

/// <summary>
/// A document that cannot be read because of the file itself (empty, unsupported, corrupt, encrypted, too large). The
/// message names the document by the name the caller gave (an object key) and the reason, never its content.
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="documentName"/>.</summary>
    public DocumentRejectedException(string documentName, DocumentRejection reason, string detail, Exception? innerException = null)
        : base($"{documentName}: {Describe(reason)}: {detail}", innerException)
    {
        DocumentName = documentName;
        Reason = reason;
    }

    /// <summary>The name the caller gave the document (e.g. its object key).</summary>
    public string DocumentName { get; } = "";

    /// <summary>Why it was rejected.</summary>
    public DocumentRejection Reason { get; }

    private static string Describe(DocumentRejection reason) => reason switch
    {
        DocumentRejection.Empty => "empty file",
        DocumentRejection.Unsupported => "unsupported format",
        DocumentRejection.Corrupt => "corrupt file",
        DocumentRejection.Encrypted => "encrypted PDF",
        DocumentRejection.TooLarge => "too large",
        _ => reason.ToString(),
    };
}
