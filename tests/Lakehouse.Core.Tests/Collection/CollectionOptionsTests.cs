using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Tests.Collection;

public sealed class CollectionOptionsTests
{
    [Fact]
    public void Resolve_NothingConfigured_DefaultSeriesAndCapitalsWithoutFolder()
    {
        var options = Bind([]);

        var sources = CollectionSources.Resolve(options);

        Assert.Equal(["bcb", "weather"], sources.Select(s => s.Name));
        Assert.Equal([433, 4390, 11, 432], sources[0].Series.Select(s => s.Code));
        Assert.Equal(27, sources[1].Locations.Count);
        Assert.Equal("https://api.bcb.gov.br", options.Bcb.BaseUrl);
        Assert.Equal(("https://archive-api.open-meteo.com", "/v1/archive"), (options.OpenMeteo.BaseUrl, options.OpenMeteo.Path));
    }

    [Fact]
    public void Resolve_FolderPathSet_AddsTheFolderSourceWithItsQuietPeriod()
    {
        var options = Bind(new() { ["Lakehouse:Collection:Folder:Path"] = "/mnt/share", ["Lakehouse:Collection:Folder:QuietPeriodSeconds"] = "30" });

        var folder = CollectionSources.Resolve(options).Single(s => s.Kind == CollectionSourceKinds.Folder);

        Assert.Equal(("/mnt/share", TimeSpan.FromSeconds(30)), (folder.FolderPath, folder.QuietPeriod));
    }

    [Fact]
    public void Resolve_ConfiguredSources_ReplaceTheDefaults()
    {
        var options = Bind(new()
        {
            ["Lakehouse:Collection:Sources:0:Kind"] = "bcb-sgs",
            ["Lakehouse:Collection:Sources:0:Name"] = "ipca",
            ["Lakehouse:Collection:Sources:0:Series:0:Code"] = "433",
            ["Lakehouse:Collection:Sources:0:Series:1:Code"] = "1",
            ["Lakehouse:Collection:Sources:1:Kind"] = "open-meteo",
            ["Lakehouse:Collection:Sources:1:Name"] = "campinas",
            ["Lakehouse:Collection:Sources:1:Locations:0:Name"] = "Campinas",
            ["Lakehouse:Collection:Sources:1:Locations:0:State"] = "SP",
            ["Lakehouse:Collection:Sources:1:Locations:0:Latitude"] = "-22.9053",
            ["Lakehouse:Collection:Sources:1:Locations:0:Longitude"] = "-47.0659",
        });

        var sources = CollectionSources.Resolve(options);

        Assert.Equal([SgsSeries.Ipca, new SgsSeries(1, "SGS 1", "", SeriesPeriodicity.Daily)], sources[0].Series);
        Assert.Equal("campinas-sp", Assert.Single(sources[1].Locations).Slug);
        Assert.True(new CollectionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_BadSettings_NameTheVariablesToFix()
    {
        var options = Bind(new()
        {
            ["Lakehouse:Collection:Bcb:BaseUrl"] = "ftp://x",
            ["Lakehouse:Collection:OpenMeteo:MaxAttempts"] = "0",
            ["Lakehouse:Collection:OpenMeteo:ApiKey"] = "secret-key-4f1d9",
            ["Lakehouse:Collection:Sources:0:Kind"] = "ftp",
            ["Lakehouse:Collection:Sources:0:Name"] = "a",
            ["Lakehouse:Collection:Sources:1:Kind"] = "folder",
            ["Lakehouse:Collection:Sources:1:Name"] = "a",
            ["Lakehouse:Collection:Sources:2:Kind"] = "bcb-sgs",
            ["Lakehouse:Collection:Sources:2:Name"] = "b",
            ["Lakehouse:Collection:Sources:2:Series:0:Periodicity"] = "weekly",
        });

        var result = new CollectionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var text = string.Join('\n', result.Failures!);
        foreach (var variable in new[]
        {
            "Lakehouse__Collection__Bcb__BaseUrl", "Lakehouse__Collection__OpenMeteo__MaxAttempts", "Lakehouse__Collection__Sources__0__Kind",
            "Lakehouse__Collection__Sources__1__Name", "Lakehouse__Collection__Sources__1__Path", "Lakehouse__Collection__Sources__2__Series__0__Code",
            "Lakehouse__Collection__Sources__2__Series__0__Periodicity",
        })
        {
            Assert.Contains(variable, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("secret-key-4f1d9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLakehouseCollection_InvalidConfiguration_FailsWhenOptionsAreRead()
    {
        using var provider = Services(new() { ["Lakehouse:Collection:Bcb:BaseUrl"] = "not a url" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CollectionOptions>>().Value);

        Assert.Contains("Lakehouse__Collection__Bcb__BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLakehouseCollection_Defaults_ResolvesEveryService()
    {
        using var provider = Services([]);

        Assert.NotNull(provider.GetRequiredService<ApiCollector>());
        Assert.NotNull(provider.GetRequiredService<FolderCollector>());
        Assert.NotNull(provider.GetRequiredService<BcbSgsClient>());
        Assert.NotNull(provider.GetRequiredService<OpenMeteoClient>());
    }

    private static CollectionOptions Bind(Dictionary<string, string?> values)
    {
        var options = new CollectionOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(CollectionOptions.SectionName).Bind(options);
        return options;
    }

    private static ServiceProvider Services(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new LakeOptions()));
        services.AddSingleton<IObjectStore>(new FileSystemObjectStore(Path.GetTempPath()));
        services.AddLakehouseCollection(configuration);
        return services.BuildServiceProvider();
    }
}
