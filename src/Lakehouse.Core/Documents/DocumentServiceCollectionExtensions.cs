using Lakehouse.Core.Ocr;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Core.Documents;

/// <summary>Composition of the document path (called by <see cref="ServiceCollectionExtensions.AddLakehouse"/>).</summary>
public static class DocumentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the document stages and search with their options, <c>Lakehouse:Ocr</c> (<see cref="OcrOptions"/>) and
    /// <c>Lakehouse:Documents</c> (<see cref="DocumentOptions"/>). The OCR engines load on the first document.
    /// </summary>
    public static IServiceCollection AddLakehouseDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OcrOptions>().Bind(configuration.GetSection(OcrOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DocumentReaderProvider>();
        services.AddSingleton<DocumentTransformer>();
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<DocumentSearch>();
        return services;
    }
}
