using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>The collection services against the replay server and a filesystem lake in a temp folder.</summary>
internal sealed class CollectionHarness : IDisposable
{
    private readonly TempDirectory _lake = new("collect");
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public CollectionHarness(ReplayServer server, Action<CollectionOptions>? configure = null)
    {
        Options = new CollectionOptions();
        foreach (var endpoint in new HttpSourceOptions[] { Options.Bcb, Options.OpenMeteo })
        {
            endpoint.BaseUrl = server.Url;
            endpoint.TimeoutSeconds = 5;
            endpoint.MaxAttempts = 3;
            endpoint.RetryDelayMilliseconds = 20;
        }

        configure?.Invoke(Options);
        Lake = new LakeOptions { Root = _lake.Path };
        Store = new FileSystemObjectStore(_lake.Path);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Bcb = new BcbSgsClient(_http, options, TimeProvider.System, NullLogger<BcbSgsClient>.Instance);
        Weather = new OpenMeteoClient(_http, options, TimeProvider.System, NullLogger<OpenMeteoClient>.Instance);
        Writer = new CollectionWriter(Store, Microsoft.Extensions.Options.Options.Create(Lake), NullLogger<CollectionWriter>.Instance);
        Collector = new ApiCollector(Bcb, Weather, Writer);
    }

    public CollectionOptions Options { get; }

    public LakeOptions Lake { get; }

    public FileSystemObjectStore Store { get; }

    public BcbSgsClient Bcb { get; }

    public OpenMeteoClient Weather { get; }

    public CollectionWriter Writer { get; }

    public ApiCollector Collector { get; }

    public async Task<List<string>> BronzeKeysAsync(string prefix) =>
        await Store.ListAsync(Lake.BronzeBucket, prefix, CancellationToken.None).Select(o => o.Key).ToListAsync();

    public async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(Lake.BronzeBucket, key, CancellationToken.None);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        _http.Dispose();
        _lake.Dispose();
    }
}
