using System.Net;
using System.Text.Json;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Functions.Triggers;
using Lakehouse.Hosting;
using Lakehouse.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary><c>GET /api/health</c> against a real database and lake, and against unreachable ones.</summary>
public class HealthApiTests
{
    [Fact]
    public async Task Health_EverythingUp_Returns200WithEveryCheckOk()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "health_ok");

        var response = (TestHttpResponse)await harness.Create<HealthApi>().Health(Get(), harness.Client, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(response.ReadBody());
        Assert.Equal(["database:True", "lake:True", "taskHub:True"], Checks(json));
    }

    [Fact]
    public async Task Health_DatabaseUnreachableAndBronzeMissing_Returns503NamingTheChecksWithoutSecrets()
    {
        const string password = "health-secret-password-42";
        using var lake = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = $"Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password={password};Timeout=3",
            ["Lakehouse:Masking:Key"] = PipelineHarness.MaskingKey,
            ["Lakehouse:Webhook:Token"] = PipelineHarness.WebhookToken,
            ["Lakehouse:Lake:Provider"] = "filesystem",
            ["Lakehouse:Lake:Root"] = lake.Path,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddLakehouseFunctions(configuration).BuildServiceProvider();
        await using var host = await InProcessEngine.StartAsync(services, [typeof(IngestOrchestration).Assembly]);

        var response = (TestHttpResponse)await ActivatorUtilities.CreateInstance<HealthApi>(services).Health(Get(), host.Client, default);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = response.ReadBody();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(["database:False", "lake:False", "taskHub:True"], Checks(json));
        Assert.DoesNotContain(password, body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(lake.Path, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_MigrationsNotApplied_Returns503SayingSo()
    {
        var pg = await PostgresServer.GetAsync();
        var connectionString = await pg.CreateDatabaseAsync("health_unmigrated");
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "health_unmigrated_lake");
        await using var unmigrated = Npgsql.NpgsqlDataSource.Create(connectionString);
        var api = new HealthApi(new Core.Catalog.RunCatalog(unmigrated), harness.Store, harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LakeOptions>>());

        var response = (TestHttpResponse)await api.Health(Get(), harness.Client, default);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(response.ReadBody());
        Assert.Equal(["database:False", "lake:True", "taskHub:True"], Checks(json));
        Assert.Contains("migrations pending: schema version 0", json.RootElement.GetProperty("checks")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static TestHttpRequest Get() => new("GET", "http://localhost/api/health");

    private static string[] Checks(JsonDocument json) =>
        [.. json.RootElement.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("name").GetString()}:{c.GetProperty("ok").GetBoolean()}")];
}
