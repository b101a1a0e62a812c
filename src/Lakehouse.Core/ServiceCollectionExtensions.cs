using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Lakehouse.Core;

/// <summary>The one composition of the pipeline, used by the Functions app, the CLI and the tests.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stages and their options, bound from <paramref name="configuration"/>:
    /// <c>Lakehouse:Lake</c>, <c>Lakehouse:Masking</c>, <c>Lakehouse:Validation</c>, <c>Lakehouse:Ocr</c>,
    /// <c>Lakehouse:Documents</c> and the <c>Warehouse</c> connection string. Options are validated on start; secrets never
    /// appear in their messages. The dataset registry (<see cref="BuiltInDatasets.Registry"/>) is built and checked here:
    /// an incomplete dataset unit fails the composition.
    /// </summary>
    /// <exception cref="DatasetRegistryException">A dataset unit misses a piece or contradicts another.</exception>
    public static IServiceCollection AddLakehouse(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<LakeOptions>().Bind(configuration.GetSection(LakeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LakeOptions>, LakeOptionsValidator>();
        services.AddOptions<MaskingOptions>().Bind(configuration.GetSection(MaskingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ValidationOptions>().Bind(configuration.GetSection(ValidationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WarehouseOptions>()
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(WarehouseOptions.ConnectionStringName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(BuiltInDatasets.Registry);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IObjectStore>(sp => ObjectStoreFactory.Create(sp.GetRequiredService<IOptions<LakeOptions>>().Value));
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<WarehouseOptions>>().Value.ConnectionString));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<LakeCatalog>();
        services.AddSingleton<Pseudonymizer>();
        services.AddSingleton<CsvToParquet>();
        services.AddSingleton<TableObservationCache>();
        services.AddSingleton<ParsedRowsToParquet>();
        services.AddSingleton<ObjectRegistrar>();
        services.AddSingleton<ObjectTransformer>();
        services.AddSingleton<IReferenceLookup, WarehouseReferences>();
        services.AddSingleton<ObjectValidator>();
        services.AddSingleton<WarehouseLoader>();
        services.AddSingleton<ObjectLoader>();
        services.AddSingleton<RunCatalog>();
        services.AddSingleton<MetricCatalog>();
        services.AddSingleton<Reports.RunReportBuilder>();
        services.AddSingleton<Reports.ReportPublisher>();
        services.AddLakehouseDocuments(configuration);
        return services;
    }
}
