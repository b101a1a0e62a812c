using System.Reflection;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Embedded;
using Lakehouse.Functions;
using Lakehouse.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Everything a command needs: configuration (<see cref="CliConfiguration"/>), the pipeline's services, a migrated
/// database and, on first use, the in-process Durable Task engine. With nothing configured it uses the home's embedded
/// defaults (<see cref="CliHome"/>): the lake in <c>lake/</c>, a private PostgreSQL cluster in <c>pg/</c> (stopped when the
/// last CLI process using it ends) and a masking key generated once into <c>masking.key</c>. At start it marks the
/// home's abandoned runs as interrupted (<see cref="InterruptedRuns"/>).
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly HomeSession _session;
    private readonly EmbeddedPostgres? _postgres;
    private readonly ServiceProvider _services;
    private readonly Lazy<Task<InProcessEngine>> _engine;
    private int _engineStopped;

    private CliHost(CliHome home, IConfiguration configuration, ServiceProvider services, EmbeddedPostgres? postgres, HomeSession session, Task prepared)
    {
        Prepared = prepared;
        Home = home;
        Configuration = configuration;
        _services = services;
        _postgres = postgres;
        _session = session;
        // Started on a pool thread: building the engine's gRPC sidecar (ASP.NET Core) is ~0.2 s of synchronous work before
        // its first await, which the caller would otherwise sit through before its own next step (ingest: the upload).
        _engine = new Lazy<Task<InProcessEngine>>(() => Task.Run(() => InProcessEngine.StartAsync(
            services, [FunctionsAssembly], new InProcessEngineOptions
            {
                // Room for a run at full width (Lakehouse:Pipeline): no activity waits for a slot.
                MaxConcurrentActivities = services.GetRequiredService<IOptions<PipelineOptions>>().Value.ActivitySlots,
            }, services.GetRequiredService<ILoggerFactory>())));
    }

    /// <summary>The home.</summary>
    public CliHome Home { get; }

    /// <summary>
    /// The warehouse migrated and the home's abandoned runs marked: complete once <see cref="StartAsync"/> returns, unless
    /// it was asked to prepare beside the command (<c>ingest</c> uploads meanwhile); faults with the preparation's error.
    /// </summary>
    public Task Prepared { get; }

    /// <summary>The effective configuration.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The pipeline's services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>True when the warehouse is the home's private embedded cluster.</summary>
    public bool EmbeddedWarehouse => _postgres is not null;

    /// <summary>Connection string of the warehouse (configured or embedded); holds a password when configured with one.</summary>
    public string WarehouseConnectionString => Configuration.GetConnectionString("Warehouse")!;

    /// <summary>
    /// The Durable Task engine running the Functions app's orchestrators and activities in this process, started on the
    /// first call: commands that only read the catalog never pay for it, and <c>ingest</c> starts it while it uploads.
    /// </summary>
    public Task<InProcessEngine> GetEngineAsync() => _engine.Value;

    /// <summary>Stops the engine if it was started (running activities see their token cancelled).</summary>
    public async Task StopEngineAsync()
    {
        if (_engine.IsValueCreated && Interlocked.Exchange(ref _engineStopped, 1) == 0)
        {
            // A command that failed early may leave the engine still starting: wait for it, then stop it.
            await _engine.Value.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.CompletedTask, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>
    /// Builds the host; <see cref="CliConfigurationException"/> for settings the user must fix. With
    /// <paramref name="prepareBeside"/> the database's preparation (migrations, abandoned runs) goes on after it returns,
    /// for the command to overlap with its own first steps; the command awaits <see cref="Prepared"/> before it uses the
    /// warehouse (on a new warehouse, the ~0.3 s of migrations ran beside a full-scale upload of about the same time).
    /// </summary>
    public static async Task<CliHost> StartAsync(CliHome home, CliOutput output, bool verbose, CancellationToken cancellationToken, bool prepareBeside = false)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(output);
        if (home.EnsureCreated())
        {
            output.Error.MarkupLineInterpolated($"lakehouse: created the home [bold]{home.Path}[/] ({home.Origin}): lake, warehouse and masking key live here; set {CliHome.EnvironmentVariable} to use another.");
        }

        var configuration = CliConfiguration.Build(home);
        var session = await HomeSession.OpenAsync(home, cancellationToken);
        if (OwnsProcessTemp)
        {
            UseHomeTemp(home, session.Alone);
        }

        var overrides = new Dictionary<string, string?> { ["Lakehouse:Lake:Root"] = CliConfiguration.LakeRoot(configuration, home) };
        EmbeddedPostgres? postgres = null;
        ServiceProvider? services = null;
        try
        {
            postgres = CliConfiguration.HasWarehouse(configuration) ? null : await StartEmbeddedAsync(home, configuration, overrides, output, cancellationToken);
            var effective = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overrides).Build();
            services = CliServices.Build(effective, verbose);
            CliServices.CheckOptions(services);
            var prepared = PrepareAsync(services, home, output, session, postgres is not null && session.Alone, cancellationToken);
            if (!prepareBeside)
            {
                await prepared;
            }

            return new CliHost(home, effective, services, postgres, session, prepared);
        }
        catch
        {
            await AbandonAsync(services, session, postgres);
            throw;
        }
    }

    /// <summary>
    /// The database migrated and the home's abandoned runs marked; then other CLI processes may start (the home's start
    /// lock is held until here).
    /// </summary>
    private static async Task PrepareAsync(ServiceProvider services, CliHome home, CliOutput output, HomeSession session, bool embeddedAlone, CancellationToken cancellationToken)
    {
        await CliServices.MigrateAsync(services, cancellationToken);
        foreach (var run in await InterruptedRuns.MarkAbandonedAsync(home, services.GetRequiredService<LakeCatalog>(), embeddedAlone, cancellationToken))
        {
            output.Error.MarkupLineInterpolated($"[yellow]{InterruptedRuns.Describe(run)}[/]");
        }

        session.Started();
    }

    /// <summary>Stops the engine and the services; the embedded PostgreSQL too when no other CLI process uses it.</summary>
    public async ValueTask DisposeAsync()
    {
        // A preparation still going on beside a command that failed early: let it end (its outcome is the command's to
        // report) before its services go.
        await Prepared.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await StopEngineAsync();
        await _services.DisposeAsync();
        // No wait for the shutdown checkpoint: it ends by itself, and a next start waits for it.
        await _session.LeaveAsync(() => _postgres is null ? Task.CompletedTask : _postgres.StopAsync(waitForShutdown: false));
        _session.Dispose();
    }

    /// <summary>Undoes a start that failed half-way.</summary>
    /// <summary>
    /// Whether this process is the CLI itself (set by <c>Program</c>), so its temporary folder may be moved into the home.
    /// Tests that run commands in-process leave it off: the variable is process-wide and their homes come and go.
    /// </summary>
    public static bool OwnsProcessTemp { get; set; }

    /// <summary>
    /// Temporary files (bronze objects staged for a stage, silver files before upload, OCR pages) go to the home's
    /// <c>tmp/</c>, one folder per process: a process killed with <c>kill -9</c> cannot delete its own, so the next CLI to
    /// start on the home with no other CLI using it empties <c>tmp/</c> (it holds the home's start lock meanwhile, so no
    /// other process is starting). Child processes (Tesseract, poppler) inherit the same <c>TMPDIR</c>.
    /// </summary>
    private static void UseHomeTemp(CliHome home, bool alone)
    {
        var root = home.Combine("tmp");
        if (alone && Directory.Exists(root))
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: leftovers are only disk space, and the next start tries again.
            }
        }

        var folder = Directory.CreateDirectory(Path.Combine(root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        Environment.SetEnvironmentVariable("TMPDIR", folder);
    }

    private static async Task AbandonAsync(ServiceProvider? services, HomeSession session, EmbeddedPostgres? postgres)
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await session.LeaveAsync(() => postgres is null ? Task.CompletedTask : postgres.StopAsync());
        session.Dispose();
    }

    /// <summary>The home's private PostgreSQL, its database and (unless configured) the home's masking key, added to <paramref name="overrides"/>.</summary>
    private static async Task<EmbeddedPostgres> StartEmbeddedAsync(CliHome home, IConfiguration configuration, Dictionary<string, string?> overrides, CliOutput output, CancellationToken cancellationToken)
    {
        if (EmbeddedPostgres.FindBinaries() is null)
        {
            throw new CliConfigurationException("ConnectionStrings__Warehouse is not set and no PostgreSQL binaries were found for the embedded default (install postgresql, or set LAKEHOUSE_PG_BIN).");
        }

        var postgres = await EmbeddedPostgres.StartAsync(home.Postgres, EmbeddedPostgresDurability.Safe, null, cancellationToken);
        overrides["ConnectionStrings:Warehouse"] = await postgres.CreateDatabaseAsync("lakehouse", cancellationToken);
        if (string.IsNullOrWhiteSpace(configuration["Lakehouse:Masking:Key"]))
        {
            overrides["Lakehouse:Masking:Key"] = await MaskingKeyFile.LoadOrCreateAsync(home.MaskingKey, output.Error, cancellationToken);
        }

        return postgres;
    }

    internal static Assembly FunctionsAssembly => typeof(FunctionsServiceCollectionExtensions).Assembly;
}
