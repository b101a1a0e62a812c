using Microsoft.Extensions.Logging;

namespace Lakehouse.Core.Documents;

/// <summary>Log messages of the document stages (event ids 8xxx). Keys, kinds, counts and reasons; never page text.</summary>
internal static partial class DocumentLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Transformed {ObjectKey} ({Kind}): {Pages} masked pages to silver, {OcrPages} by OCR")]
    public static partial void Transformed(ILogger logger, string objectKey, string kind, int pages, int ocrPages);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Quarantined {ObjectKey}: {Reason}")]
    public static partial void Rejected(ILogger logger, string objectKey, string reason);

    [LoggerMessage(EventId = 8010, Level = LogLevel.Information, Message = "Validated {ObjectKey}: {Pages} pages, {LowConfidence} below confidence {Threshold}, passed {Passed}")]
    public static partial void Validated(ILogger logger, string objectKey, int pages, int lowConfidence, int threshold, bool passed);

    [LoggerMessage(EventId = 8020, Level = LogLevel.Information, Message = "Loaded {ObjectKey} as document {DocumentKey}: {Pages} pages")]
    public static partial void Loaded(ILogger logger, string objectKey, long documentKey, int pages);

    [LoggerMessage(EventId = 8030, Level = LogLevel.Information, Message = "Document search: {Hits} page(s) for a query of {Length} characters")]
    public static partial void Searched(ILogger logger, int hits, int length);
}
