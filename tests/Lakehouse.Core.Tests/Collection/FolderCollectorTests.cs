using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>A watched folder: new files stored once, files being written wait, renamed copies are not stored again.</summary>
public sealed class FolderCollectorTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _share = new("share");
    private readonly TempDirectory _lake = new("lake");
    private readonly LakeOptions _lakeOptions;
    private readonly FileSystemObjectStore _store;
    private readonly FolderCollector _collector;
    private readonly CollectionSource _source;

    public FolderCollectorTests()
    {
        _lakeOptions = new LakeOptions { Root = _lake.Path };
        _store = new FileSystemObjectStore(_lake.Path);
        var writer = new CollectionWriter(_store, Options.Create(_lakeOptions), NullLogger<CollectionWriter>.Instance);
        _collector = new FolderCollector(_store, writer, Options.Create(_lakeOptions), TimeProvider.System, NullLogger<FolderCollector>.Instance);
        _source = new CollectionSource(CollectionSourceKinds.Folder, "office", [], [], _share.Path, TimeSpan.FromSeconds(60));
    }

    public void Dispose()
    {
        _share.Dispose();
        _lake.Dispose();
    }

    [Fact]
    public async Task CollectAsync_NewFileBeingWrittenAndRenamedCopy_StoresExactlyTheNewContentOnce()
    {
        Write("olist_orders_dataset.csv", "order_id\n1\n", LongAgo);
        var first = await _collector.CollectAsync(_source, CancellationToken.None);
        Write("copia de pedidos.csv", "order_id\n1\n", LongAgo);
        Write("relatorio.pdf", "%PDF-1.4 new", LongAgo);
        Write("still-copying.pdf", "%PDF-1.4 partial", DateTime.UtcNow);
        var before = Snapshot();

        var second = await _collector.CollectAsync(_source, CancellationToken.None);

        var stored = Assert.Single(first.Stored);
        Assert.StartsWith("olist/orders/ingest_date=", stored.Stored!.Key, StringComparison.Ordinal);
        Assert.Equal(FolderFileStatus.Skipped, Outcome(second, "copia de pedidos.csv").Status);
        Assert.Contains(stored.Stored.Key, Outcome(second, "copia de pedidos.csv").Reason, StringComparison.Ordinal);
        Assert.Equal(FolderFileStatus.Skipped, Outcome(second, "olist_orders_dataset.csv").Status);
        Assert.Equal(FolderFileStatus.Waiting, Outcome(second, "still-copying.pdf").Status);
        Assert.StartsWith("docs/ingest_date=", Assert.Single(second.Stored).Stored!.Key, StringComparison.Ordinal);
        Assert.Equal(2, (await DataKeysAsync()).Count);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task CollectAsync_FileNoLongerBeingWritten_IsStoredOnALaterPass()
    {
        var path = Write("planilha.xlsx", "v1", DateTime.UtcNow);
        var waiting = await _collector.CollectAsync(_source, CancellationToken.None);
        File.SetLastWriteTimeUtc(path, LongAgo);

        var later = await _collector.CollectAsync(_source, CancellationToken.None);

        Assert.Equal(FolderFileStatus.Waiting, Assert.Single(waiting.Files).Status);
        Assert.StartsWith("inbox/ingest_date=", Assert.Single(later.Stored).Stored!.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_SecondPassWithoutChanges_StoresNothing()
    {
        Write("a/olist_customers_dataset.csv", "customer_id\n", LongAgo);
        Write("b/scan.png", "png", LongAgo);
        await _collector.CollectAsync(_source, CancellationToken.None);
        var keys = await DataKeysAsync();

        var again = await _collector.CollectAsync(_source, CancellationToken.None);

        Assert.All(again.Files, f => Assert.Equal(FolderFileStatus.Skipped, f.Status));
        Assert.Equal(keys, await DataKeysAsync());
    }

    [Fact]
    public async Task CollectAsync_ChangedContent_IsStoredAgain()
    {
        var path = Write("planilha.csv", "v1", LongAgo);
        await _collector.CollectAsync(_source, CancellationToken.None);
        await File.WriteAllTextAsync(path, "version 2");
        File.SetLastWriteTimeUtc(path, LongAgo.AddDays(1));

        var again = await _collector.CollectAsync(_source, CancellationToken.None);

        var stored = Assert.Single(again.Stored).Stored!;
        Assert.Equal("version 2"u8.ToArray(), await ReadAsync(stored.Key));
    }

    [Fact]
    public async Task CollectAsync_VanishedFileAndTemporaryFiles_AreReportedAndThePassGoesOn()
    {
        Write("good.pdf", "%PDF", LongAgo);
        Write("~$contrato.docx", "lock", LongAgo);
        File.CreateSymbolicLink(Path.Combine(_share.Path, "gone.pdf"), Path.Combine(_share.Path, "missing-target.pdf"));

        var report = await _collector.CollectAsync(_source, CancellationToken.None);

        Assert.Equal(FolderFileStatus.Failed, Outcome(report, "gone.pdf").Status);
        Assert.Equal(FolderFileStatus.Skipped, Outcome(report, "~$contrato.docx").Status);
        Assert.Equal(FolderFileStatus.Stored, Outcome(report, "good.pdf").Status);
    }

    [Fact]
    public async Task CollectAsync_StoredFile_CarriesItsMetadata()
    {
        Write("nota.pdf", "%PDF", LongAgo);

        var stored = Assert.Single((await _collector.CollectAsync(_source, CancellationToken.None)).Stored).Stored!;
        var metadata = await _store.GetMetadataAsync(_lakeOptions.BronzeBucket, stored.Key, CancellationToken.None);

        Assert.Equal("folder", metadata![CollectionMetadata.Source]);
        Assert.Equal("office", metadata[CollectionMetadata.Subject]);
        Assert.Equal(stored.Sha256, metadata[CollectionMetadata.Sha256]);
        Assert.Equal("2026-06-01T12:00:00.0000000Z", metadata[CollectionMetadata.ModifiedAt]);
    }

    [Fact]
    public async Task CollectAsync_MissingFolder_ThrowsNamingTheSource()
    {
        var missing = _source with { FolderPath = _share.Combine("not-mounted") };

        var error = await Assert.ThrowsAsync<CollectionException>(() => _collector.CollectAsync(missing, CancellationToken.None));

        Assert.Contains("office", error.Message, StringComparison.Ordinal);
    }

    private static FolderFileOutcome Outcome(FolderReport report, string path) => report.Files.Single(f => f.RelativePath == path);

    private string Write(string relative, string content, DateTime modifiedUtc)
    {
        var path = _share.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, modifiedUtc);
        return path;
    }

    private List<(string Path, long Size, DateTime Modified, string Content)> Snapshot() =>
        [.. Directory.EnumerateFiles(_share.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new FileInfo(p)).Where(f => f.Exists)
            .Select(f => (f.FullName, f.Length, f.LastWriteTimeUtc, File.ReadAllText(f.FullName)))];

    private async Task<List<string>> DataKeysAsync() =>
        await _store.ListAsync(_lakeOptions.BronzeBucket, "", CancellationToken.None)
            .Where(o => !o.Key.StartsWith(BronzeKeys.InternalPrefix, StringComparison.Ordinal)).Select(o => o.Key).ToListAsync();

    private async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = await _store.OpenReadAsync(_lakeOptions.BronzeBucket, key, CancellationToken.None);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
