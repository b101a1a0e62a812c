using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>Homes for in-process CLI tests: a temp folder whose lakehouse.json names a throwaway warehouse database.</summary>
internal static class TestHomes
{
    public const string MaskingKey = "cli-tests-masking-key-0001";

    public static async Task<CliHome> WithWarehouseAsync(TempDirectory folder, string name)
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(name);
        var home = At(folder.Combine(name));
        home.EnsureCreated();
        File.WriteAllText(home.Configuration, System.Text.Json.JsonSerializer.Serialize(new
        {
            ConnectionStrings = new { Warehouse = connectionString },
            Lakehouse = new { Masking = new { Key = MaskingKey } },
        }));
        return home;
    }

    public static CliHome At(string path) => CliHome.Find("/", name => name == CliHome.EnvironmentVariable ? path : null);
}
