using System.Net;
using Amazon.Runtime;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Warehouse;
using Npgsql;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Tells the failures worth retrying from the ones a retry would only repeat, and turns the former into
/// <see cref="TransientFailureException"/> so the retry policy can see them by type across the orchestration history.
/// Transient: PostgreSQL's own verdict (<see cref="NpgsqlException.IsTransient"/>) plus serialization failures,
/// deadlocks, lock timeouts and a server starting up or out of connections; S3 5xx, 429 and timeouts; a collection
/// source's 429, 5xx and timeouts (<c>CollectionException.IsTransient</c>); network and other I/O errors. Everything else — bad data, a missing object, access denied, a failed expectation — fails at once.
/// </summary>
public static class TransientFailures
{
    /// <summary>Runs <paramref name="work"/>; a transient failure leaves as <see cref="TransientFailureException"/> naming <paramref name="what"/>.</summary>
    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsTransient(e))
        {
            throw new TransientFailureException($"{what}: {e.Message}", e);
        }
    }

    /// <summary>True when a later attempt of the same work may succeed.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TransientFailureException or TransientWarehouseException => true,
        CollectionException c => c.IsTransient, // the HTTP clients' verdict: 429, 408, 5xx, timeouts, connection failures
        PostgresException p => p.IsTransient || p.SqlState is "40001" or "40P01" or "55P03" or "57P03" or "53300",
        NpgsqlException n => n.IsTransient,
        ObjectStoreException { InnerException: { } inner } => IsTransient(inner),
        AmazonServiceException s => (int)s.StatusCode >= 500 || s.StatusCode == HttpStatusCode.TooManyRequests
            || s.ErrorCode is "SlowDown" or "RequestTimeout" or "InternalError" || (s.InnerException is { } cause && IsTransient(cause)),
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        FileNotFoundException or DirectoryNotFoundException or ObjectStoreException => false,
        IOException => true,
        _ => false,
    };
}
