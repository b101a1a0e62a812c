using Lakehouse.Core;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Collection;
using Lakehouse.Functions.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions;

/// <summary>Composition of the Functions app on top of <see cref="Core.ServiceCollectionExtensions.AddLakehouse(IServiceCollection, IConfiguration)"/>.</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Registers the pipeline, collection, the activities' helpers and the trigger options.</summary>
    public static IServiceCollection AddLakehouseFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLakehouse(configuration);
        services.AddLakehouseCollection(configuration);
        services.AddSingleton<StageRecorder>();
        services.AddSingleton<BronzeSweep>();
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateDataAnnotations();
        return services;
    }
}
