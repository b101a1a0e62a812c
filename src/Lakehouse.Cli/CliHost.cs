using System.Reflection;
using System.Security.Cryptography;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Embedded;
using Lakehouse.Functions;
using Lakehouse.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Cli;

/// <summary>
/// Everything a command needs: configuration (environment variables, then <c>lakehouse.json</c> in the working
/// directory), the pipeline's services, a migrated database and the in-process orchestration host. With nothing
/// configured it uses the embedded defaults: the lake in <c>.lakehouse/lake</c>, a private PostgreSQL cluster in
/// <c>.lakehouse/pg</c> (stopped on dispose) and a masking key generated once in <c>.lakehouse/masking.key</c>.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _postgres;
    private readonly ServiceProvider _services;
    private readonly Lazy<Task<InProcessEngine>> _engine;

    private CliHost(IConfiguration configuration, ServiceProvider services, EmbeddedPostgres? postgres)
    {
        Configuration = configuration;
        _services = services;
        _postgres = postgres;
        _engine = new Lazy<Task<InProcessEngine>>(() => InProcessEngine.StartAsync(
            services, [FunctionsAssembly], new InProcessEngineOptions
            {
                // Room for a run at full width (Lakehouse:Pipeline): no activity waits for a slot.
                MaxConcurrentActivities = services.GetRequiredService<IOptions<PipelineOptions>>().Value.ActivitySlots,
            }, services.GetRequiredService<ILoggerFactory>()));
    }

    /// <summary>The effective configuration.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The pipeline's services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// The Durable Task engine running the Functions app's orchestrators and activities in this process, started on the
    /// first call: commands that only read the catalog never pay for it, and <c>ingest</c> starts it while it uploads.
    /// </summary>
    public Task<InProcessEngine> GetEngineAsync() => _engine.Value;

    /// <summary>True when the warehouse is the private embedded cluster.</summary>
    public bool EmbeddedWarehouse => _postgres is not null;

    /// <summary>Builds the host; <see cref="CliConfigurationException"/> for settings the user must fix.</summary>
    public static async Task<CliHost> StartAsync(string workingDirectory, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var state = Path.Combine(workingDirectory, ".lakehouse");
        var configuration = ReadConfiguration(workingDirectory);
        var overrides = new Dictionary<string, string?>();
        EmbeddedPostgres? postgres = null;
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString("Warehouse")))
        {
            if (EmbeddedPostgres.FindBinaries() is null)
            {
                throw new CliConfigurationException("ConnectionStrings__Warehouse is not set and no PostgreSQL binaries were found for the embedded default (install postgresql, or set LAKEHOUSE_PG_BIN).");
            }

            postgres = await EmbeddedPostgres.StartAsync(Path.Combine(state, "pg"), null, cancellationToken);
            overrides["ConnectionStrings:Warehouse"] = await postgres.CreateDatabaseAsync("lakehouse", cancellationToken);
            if (string.IsNullOrWhiteSpace(configuration["Lakehouse:Masking:Key"]))
            {
                overrides["Lakehouse:Masking:Key"] = await LocalKeyAsync(Path.Combine(state, "masking.key"), cancellationToken);
            }
        }

        if (string.IsNullOrWhiteSpace(configuration["Lakehouse:Lake:Root"]))
        {
            overrides["Lakehouse:Lake:Root"] = Path.Combine(state, "lake");
        }

        var effective = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel))
            .AddLakehouseFunctions(effective)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            Validate(services);
            await services.GetRequiredService<DatabaseMigrator>().ApplyAsync(cancellationToken);
        }
        catch
        {
            await services.DisposeAsync();
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            throw;
        }

        return new CliHost(effective, services, postgres);
    }

    /// <summary>The user's configuration: <c>lakehouse.json</c> in <paramref name="workingDirectory"/>, then environment variables.</summary>
    public static IConfiguration ReadConfiguration(string workingDirectory) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(workingDirectory, "lakehouse.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>Stops the host, the services and the embedded PostgreSQL.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_engine.IsValueCreated)
        {
            // A command that failed early may leave the engine still starting: wait for it, then stop it.
            await _engine.Value.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.CompletedTask, TaskScheduler.Default).Unwrap();
        }

        await _services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private static void Validate(ServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<Core.Storage.LakeOptions>>().Value;
            _ = services.GetRequiredService<IOptions<Core.Masking.MaskingOptions>>().Value;
            _ = services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new CliConfigurationException(string.Join(Environment.NewLine, e.Failures), e);
        }
    }

    private static async Task<string> LocalKeyAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await File.WriteAllTextAsync(path, key, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    internal static Assembly FunctionsAssembly => typeof(FunctionsServiceCollectionExtensions).Assembly;
}
