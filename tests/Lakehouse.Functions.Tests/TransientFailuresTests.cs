using System.Net;
using Amazon.S3;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Functions.Activities;
using Npgsql;

namespace Lakehouse.Functions.Tests;

public sealed class TransientFailuresTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new PostgresException("could not serialize access", "ERROR", "ERROR", "40001"), true },
        { new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01"), true },
        { new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"), true },
        { new PostgresException("duplicate key value", "ERROR", "ERROR", "23505"), false },
        { new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01"), false },
        { new ObjectStoreException("S3 Put failed", new AmazonS3Exception("Service Unavailable") { StatusCode = HttpStatusCode.ServiceUnavailable }), true },
        { new ObjectStoreException("S3 Get failed", new AmazonS3Exception("Slow Down") { StatusCode = HttpStatusCode.TooManyRequests }), true },
        { new ObjectStoreException("S3 Get failed", new AmazonS3Exception("Access Denied") { StatusCode = HttpStatusCode.Forbidden }), false },
        { new ObjectNotFoundException("lake-bronze", "olist/x.csv", new IOException("missing")), false },
        { new HttpRequestException("connection reset"), true },
        { new TimeoutException("no answer"), true },
        { new IOException("disk hiccup"), true },
        { new FileNotFoundException("gone"), false },
        { new DatasetFormatException("x.csv: header is missing column 'order_id' (rule column_set)"), false },
        { new InvalidDataException("not a Parquet file"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsTransient_Failure_ClassifiesByCause(Exception failure, bool transient)
    {
        Assert.Equal(transient, TransientFailures.IsTransient(failure));
    }

    [Fact]
    public async Task RunAsync_ConnectionRefusedByPostgres_LeavesAsTransientFailureNamingTheWork()
    {
        await using var source = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2");

        var e = await Assert.ThrowsAsync<TransientFailureException>(() => TransientFailures.RunAsync(
            "load of object 7", async () => await source.OpenConnectionAsync(), CancellationToken.None));

        Assert.StartsWith("load of object 7: ", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<NpgsqlException>(e.InnerException);
    }

    [Fact]
    public async Task RunAsync_PermanentFailure_LeavesUnchanged()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => TransientFailures.RunAsync<int>(
            "transform of object 7", () => throw new InvalidDataException("bad file"), CancellationToken.None));
    }
}
