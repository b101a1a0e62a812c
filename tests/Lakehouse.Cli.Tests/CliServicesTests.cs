using Lakehouse.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Cli.Tests;

/// <summary>The CLI builds its container without validation (start-up time); this checks what that validation would.</summary>
public sealed class CliServicesTests
{
    [Fact]
    public void AddLakehouseFunctions_AsTheCliComposesIt_ValidatesOnBuild()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = "Host=127.0.0.1;Username=x",
            ["Lakehouse:Masking:Key"] = "0123456789abcdefghij",
        }).Build();

        using var services = new ServiceCollection().AddLogging().AddLakehouseFunctions(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.NotNull(services);
    }
}
