using System.Net;
using System.Reflection;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lakehouse.Hosting;

/// <summary>
/// The real Durable Task engine in one process, for the CLI and the tests: the worker
/// (<c>Microsoft.DurableTask.Worker.Grpc</c>, DurableTask.Core's executor: replay on every event, non-determinism
/// detection, retries, timers, sub-orchestrations, events) and a <see cref="Client"/>, connected over gRPC on loopback to
/// the in-memory orchestration service of <c>Microsoft.DurableTask.InProcessTestHost</c>. It runs the Functions app's own
/// orchestrators and activities (<see cref="FunctionCatalog"/>), activities resolved from the app's DI. State lives in
/// memory: a process that ends loses its instances (the catalog in PostgreSQL keeps what was done, and every stage is
/// idempotent, so running the same command again finishes the work). Production durability and scale-out are the
/// Functions host's task hub.
/// </summary>
public sealed class InProcessEngine : IAsyncDisposable
{
    private readonly WebApplication _sidecar;
    private readonly GrpcChannel _channel;
    private readonly IHost _worker;
    private readonly CancellationTokenSource _stopping;
    private readonly SemaphoreSlim _slots;

    private InProcessEngine(WebApplication sidecar, GrpcChannel channel, IHost worker, CancellationTokenSource stopping, SemaphoreSlim slots, FunctionCatalog catalog)
    {
        _slots = slots;
        _sidecar = sidecar;
        _channel = channel;
        _worker = worker;
        _stopping = stopping;
        Catalog = catalog;
        Client = worker.Services.GetRequiredService<DurableTaskClient>();
    }

    /// <summary>Starts, schedules, queries, raises events to and terminates instances.</summary>
    public DurableTaskClient Client { get; }

    /// <summary>The orchestrators and activities registered.</summary>
    public FunctionCatalog Catalog { get; }

    /// <summary>
    /// Starts the engine with the functions of <paramref name="functionAssemblies"/>; activities and instance functions are
    /// created from <paramref name="services"/> (the app's provider).
    /// </summary>
    public static async Task<InProcessEngine> StartAsync(
        IServiceProvider services,
        IEnumerable<Assembly> functionAssemblies,
        InProcessEngineOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= new InProcessEngineOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentActivities, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentOrchestrations, 1, nameof(options));
        loggerFactory ??= NullLoggerFactory.Instance;
        EnsureThreads(options.MaxConcurrentActivities);
        var catalog = new FunctionCatalog(functionAssemblies);
        var sidecar = await StartSidecarAsync(new UnthrottledOrchestrationService(loggerFactory), loggerFactory, cancellationToken);
        var slots = new SemaphoreSlim(options.MaxConcurrentActivities);
        var channel = GrpcChannel.ForAddress(sidecar.Urls.Single());
        var stopping = new CancellationTokenSource();
        var worker = new HostBuilder().ConfigureServices(s =>
        {
            s.AddSingleton(loggerFactory);
            s.AddDurableTaskWorker(b =>
            {
                b.UseGrpc(channel);
                b.AddTasks(registry => Register(registry, catalog, services, slots, stopping.Token));
                b.Configure(o =>
                {
                    // What the worker advertises to its backend; the in-memory sidecar ignores it, the slots above enforce it.
                    o.Concurrency.MaximumConcurrentActivityWorkItems = options.MaxConcurrentActivities;
                    o.Concurrency.MaximumConcurrentOrchestrationWorkItems = options.MaxConcurrentOrchestrations;
                });
            });
            s.AddDurableTaskClient(b => b.UseGrpc(channel).RegisterDirectly());
        }).Build();
        try
        {
            await worker.StartAsync(cancellationToken);
        }
        catch
        {
            worker.Dispose();
            channel.Dispose();
            await sidecar.DisposeAsync();
            stopping.Dispose();
            slots.Dispose();
            throw;
        }

        return new InProcessEngine(sidecar, channel, worker, stopping, slots, catalog);
    }

    /// <summary>Stops the worker (running activities see their token cancelled), then the sidecar.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _worker.StopAsync();
        _worker.Dispose();
        _channel.Dispose();
        await _sidecar.StopAsync();
        await _sidecar.DisposeAsync();
        _stopping.Dispose();
        _slots.Dispose();
    }

    private static void Register(DurableTaskRegistry registry, FunctionCatalog catalog, IServiceProvider services, SemaphoreSlim slots, CancellationToken stopping)
    {
        foreach (var function in catalog.Functions)
        {
            if (function.Kind == FunctionKind.Orchestrator)
            {
                registry.AddOrchestrator(function.Name, () => new FunctionOrchestrator(function, services));
            }
            else
            {
                registry.AddActivity(function.Name, _ => new FunctionActivity(function, services, slots, stopping));
            }
        }
    }

    /// <summary>
    /// Raises the thread pool's floor (never lowers it) to one worker per activity slot plus the processor count and one.
    /// An activity that computes (a transform parsing CSV, a load decoding Parquet for <c>COPY</c>) holds a pool thread
    /// between its awaits; the runtime's floor is the processor count, so two transforms on two cores took every worker,
    /// and the continuations of everything else — a load's next statement, an orchestration episode, a gRPC reply — waited
    /// for the pool to grow, which it does by one thread per half second once starved. Measured: a gap of 0.4 s between a
    /// load's <c>COPY</c> and its next statement, 0.27 s between an object's validation and its load; with the floor
    /// raised, the stages of a full-scale ingest ended 0.2-0.4 s sooner (docs/benchmarks.md, run N).
    /// </summary>
    private static void EnsureThreads(int activitySlots)
    {
        var floor = activitySlots + Environment.ProcessorCount + 1;
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < floor)
        {
            ThreadPool.SetMinThreads(floor, completionPorts);
        }
    }

    /// <summary>The gRPC sidecar on a loopback port the OS picks (no collisions between engines of parallel tests).</summary>
    private static async Task<WebApplication> StartSidecarAsync(IOrchestrationService service, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        builder.Services.AddSingleton((IOrchestrationServiceClient)service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync(cancellationToken);
        return app;
    }
}
