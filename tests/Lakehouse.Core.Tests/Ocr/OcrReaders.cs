using Lakehouse.Core.Ocr;

using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Tests.Ocr;

/// <summary>One reader for the whole test run: engines are initialised once (as in production) and reused.</summary>
internal static class OcrReaders
{
    private static readonly Lazy<DocumentTextReader> SharedReader = new(() => Create(new OcrOptions()));

    public static DocumentTextReader Shared => SharedReader.Value;

    public static DocumentTextReader Create(OcrOptions options) => new(Options.Create(options));
}
