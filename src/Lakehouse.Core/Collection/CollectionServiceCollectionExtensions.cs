using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>Registration of the collection stage, on top of <see cref="ServiceCollectionExtensions.AddLakehouse"/>.</summary>
public static class CollectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CollectionOptions"/> (section <c>Lakehouse:Collection</c>, validated on start), the typed
    /// HTTP clients <see cref="BcbSgsClient"/> and <see cref="OpenMeteoClient"/> (their <see cref="HttpClient"/> has no
    /// timeout of its own: each attempt has <see cref="HttpSourceOptions.TimeoutSeconds"/>), <see cref="CollectionWriter"/>,
    /// <see cref="ApiCollector"/>, <see cref="FolderCollector"/> and <see cref="CollectionTasks"/>. Needs the lake (<c>IObjectStore</c>, <c>LakeOptions</c>)
    /// and <see cref="TimeProvider"/> that <c>AddLakehouse</c> registers.
    /// </summary>
    public static IServiceCollection AddLakehouseCollection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CollectionOptions>().Bind(configuration.GetSection(CollectionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CollectionOptions>, CollectionOptionsValidator>();
        services.AddHttpClient<BcbSgsClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient<OpenMeteoClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<CollectionWriter>();
        services.AddTransient<ApiCollector>();
        services.AddSingleton<FolderCollector>();
        services.AddTransient<CollectionTasks>();
        return services;
    }
}
