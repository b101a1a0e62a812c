using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Hosting;
using Lakehouse.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The Functions app composed as in production (AddLakehouseFunctions) over a throwaway PostgreSQL database and a
/// real lake (s3rver with fresh buckets, or a temp folder), its orchestrations on the real Durable Task engine in-process.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public const string MaskingKey = "pipeline-test-masking-key-2026";
    public const string WebhookToken = "webhook-token-for-tests-0001";
    private readonly TempDirectory? _lakeFolder;

    private PipelineHarness(ServiceProvider services, InProcessEngine engine, TempDirectory? lakeFolder)
    {
        Services = services;
        Host = engine;
        _lakeFolder = lakeFolder;
    }

    public ServiceProvider Services { get; }

    public InProcessEngine Host { get; }

    public DurableTaskClient Client => Host.Client;

    public LakeOptions Lake => Services.GetRequiredService<IOptions<LakeOptions>>().Value;

    public IObjectStore Store => Services.GetRequiredService<IObjectStore>();

    public NpgsqlDataSource Database => Services.GetRequiredService<NpgsqlDataSource>();

    public static async Task<PipelineHarness> CreateAsync(LakeProvider provider, string name, Microsoft.Extensions.Logging.ILoggerProvider? logs = null,
        IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var pg = await PostgresServer.GetAsync();
        var connectionString = await pg.CreateDatabaseAsync(name);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = connectionString,
            ["Lakehouse:Masking:Key"] = MaskingKey,
            ["Lakehouse:Webhook:Token"] = WebhookToken,
        };
        TempDirectory? folder = null;
        if (provider == LakeProvider.S3)
        {
            var s3 = await S3Server.GetAsync();
            var options = s3.CreateLakeOptions();
            settings["Lakehouse:Lake:Provider"] = "s3";
            settings["Lakehouse:Lake:ServiceUrl"] = options.ServiceUrl;
            settings["Lakehouse:Lake:AccessKey"] = options.AccessKey;
            settings["Lakehouse:Lake:SecretKey"] = options.SecretKey;
            settings["Lakehouse:Lake:Compatibility"] = "true";
            settings["Lakehouse:Lake:BronzeBucket"] = s3.NewBucketName("bronze");
            settings["Lakehouse:Lake:SilverBucket"] = s3.NewBucketName("silver");
            settings["Lakehouse:Lake:GoldBucket"] = s3.NewBucketName("gold");
        }
        else
        {
            folder = new TempDirectory();
            settings["Lakehouse:Lake:Provider"] = "filesystem";
            settings["Lakehouse:Lake:Root"] = folder.Path;
        }

        foreach (var (setting, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[setting] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b => { if (logs is not null) { b.AddProvider(logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace); } })
            .AddLakehouseFunctions(configuration).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().ApplyAsync(CancellationToken.None);
        var lake = services.GetRequiredService<IOptions<LakeOptions>>().Value;
        var store = services.GetRequiredService<IObjectStore>();
        foreach (var bucket in new[] { lake.BronzeBucket, lake.SilverBucket, lake.GoldBucket })
        {
            await store.EnsureBucketAsync(bucket, CancellationToken.None);
        }

        var engine = await InProcessEngine.StartAsync(services, [typeof(IngestOrchestration).Assembly], loggerFactory: services.GetRequiredService<ILoggerFactory>());
        return new PipelineHarness(services, engine, folder);
    }

    /// <summary>Uploads local files to bronze under olist/{dataset}/ingest_date=2026-11-22/ and returns their refs.</summary>
    public Task<IReadOnlyList<ObjectRef>> UploadAsync(params string[] files) => UploadAsync(new DateOnly(2026, 11, 22), files);

    /// <summary>
    /// Uploads local files to bronze under olist/{dataset}/ingest_date={day}/ as the CLI does (<see cref="BronzeUpload"/>:
    /// never over an existing object) and returns their refs.
    /// </summary>
    public async Task<IReadOnlyList<ObjectRef>> UploadAsync(DateOnly day, params string[] files)
    {
        var refs = new List<ObjectRef>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var dataset = Core.Datasets.OlistDatasets.Recognize(name)?.Name ?? "unrecognized";
            var key = $"olist/{dataset}/ingest_date={day:yyyy-MM-dd}/{name}";
            var info = await BronzeUpload.PutAsync(Store, Lake.BronzeBucket, key, file, CancellationToken.None);
            refs.Add(new ObjectRef(Lake.BronzeBucket, info.Key, info.ETag, null, info.Size));
        }

        return refs;
    }

    /// <summary>Uploads local files to bronze under docs/ingest_date=2026-11-22/ (whatever their extension) and returns their refs.</summary>
    public async Task<IReadOnlyList<ObjectRef>> UploadDocumentsAsync(params string[] files)
    {
        var refs = new List<ObjectRef>();
        foreach (var file in files)
        {
            var key = $"docs/ingest_date=2026-11-22/{Path.GetFileName(file)}";
            var info = await Store.PutFileAsync(Lake.BronzeBucket, key, file, CancellationToken.None);
            refs.Add(new ObjectRef(Lake.BronzeBucket, key, info.ETag, null, info.Size));
        }

        return refs;
    }

    /// <summary>Runs an ingest orchestration to completion and returns its result.</summary>
    public async Task<IngestResult> IngestAsync(IReadOnlyList<ObjectRef> objects, bool force = false)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), new IngestInput(objects, force ? "rerun" : "ingest", force));
        return await WaitAsync<IngestResult>(id);
    }

    /// <summary>Creates a trigger class as the Functions host does: constructor arguments from DI.</summary>
    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public async Task<T> WaitAsync<T>(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var metadata = await Client.WaitForInstanceCompletionAsync(instanceId, true, timeout.Token);
        Assert.True(metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{metadata.Name} {instanceId} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return JsonSerializer.Deserialize<T>(metadata.SerializedOutput!)!;
    }

    public static void AssertAllLoaded(IngestResult result) =>
        Assert.All(result.Objects, o => Assert.True(o.Status == ObjectStatus.Loaded, $"{o.Key}: {o.Status}: {o.Error}"));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Database.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Counts and sums that describe the warehouse's content.</summary>
    public async Task<IReadOnlyList<string>> WarehouseFingerprintAsync()
    {
        string[] queries =
        [
            "SELECT count(*) || ' ' || coalesce(sum(price), 0) || ' ' || coalesce(sum(freight_value), 0) FROM dw.fact_order_item",
            "SELECT count(*) || ' ' || count(*) FILTER (WHERE customer_key = -1) FROM dw.fact_order_item",
            "SELECT count(*) || ' ' || count(*) FILTER (WHERE is_inferred) FROM dw.dim_customer",
            "SELECT count(*) FROM dw.fact_order",
            "SELECT count(*) FROM dw.dim_product",
            "SELECT count(*) FROM dw.dim_seller",
            // Natural keys only: surrogate keys depend on arrival order, the content must not.
            "SELECT coalesce(md5(string_agg(f.order_id || ':' || f.order_item_id || ':' || f.price || ':' || c.customer_id || ':' || f.purchase_date_key, ',' ORDER BY f.order_id, f.order_item_id)), '') FROM dw.fact_order_item f JOIN dw.dim_customer c USING (customer_key)",
            "SELECT coalesce(md5(string_agg(c.customer_id || ':' || coalesce(c.customer_unique_id, '') || ':' || coalesce(c.state, ''), ',' ORDER BY c.customer_id)), '') FROM dw.dim_customer c",
            "SELECT count(*) || ' ' || coalesce(sum(payment_value), 0) FROM dw.fact_payment",
            "SELECT count(*) || ' ' || coalesce(sum(review_score), 0) FROM dw.fact_review",
            "SELECT coalesce(md5(string_agg(o.order_id || ':' || c.customer_id || ':' || o.order_status || ':' || o.item_count || ':' || o.items_price_total || ':' || o.items_freight_total || ':' || o.payment_count || ':' || o.payment_value_total || ':' || coalesce(o.delivery_delay_days::text, '') || ':' || o.purchase_date_key, ',' ORDER BY o.order_id)), '') FROM dw.fact_order o JOIN dw.dim_customer c USING (customer_key)",
            "SELECT coalesce(md5(string_agg(p.order_id || ':' || p.payment_sequential || ':' || t.payment_type || ':' || p.payment_value || ':' || c.customer_id, ',' ORDER BY p.order_id, p.payment_sequential)), '') FROM dw.fact_payment p JOIN dw.dim_payment_type t USING (payment_type_key) JOIN dw.dim_customer c USING (customer_key)",
            "SELECT coalesce(md5(string_agg(r.review_id || ':' || r.order_id || ':' || r.review_score || ':' || coalesce(r.comment_message, '') || ':' || c.customer_id, ',' ORDER BY r.review_id, r.order_id)), '') FROM dw.fact_review r JOIN dw.dim_customer c USING (customer_key)",
            "SELECT coalesce(md5(string_agg(p.product_id || ':' || coalesce(p.category_name, '') || ':' || coalesce(p.category_name_english, '') || ':' || coalesce(p.weight_g::text, '') || ':' || p.is_inferred, ',' ORDER BY p.product_id)), '') FROM dw.dim_product p",
            "SELECT coalesce(md5(string_agg(s.seller_id || ':' || coalesce(s.zip_code_prefix, '') || ':' || g.zip_code_prefix || ':' || s.is_inferred, ',' ORDER BY s.seller_id)), '') FROM dw.dim_seller s JOIN dw.dim_geography g USING (geography_key)",
            "SELECT coalesce(md5(string_agg(g.zip_code_prefix || ':' || coalesce(g.latitude::text, '') || ':' || coalesce(g.longitude::text, '') || ':' || coalesce(g.city, '') || ':' || g.point_count || ':' || g.is_inferred, ',' ORDER BY g.zip_code_prefix)), '') FROM dw.dim_geography g",
            "SELECT coalesce(md5(string_agg(c.customer_id || ':' || g.zip_code_prefix, ',' ORDER BY c.customer_id)), '') FROM dw.dim_customer c JOIN dw.dim_geography g USING (geography_key)",
        ];
        var result = new List<string>();
        foreach (var q in queries)
        {
            result.Add(await ScalarAsync<string>(q));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Services.DisposeAsync();
        _lakeFolder?.Dispose();
    }
}
