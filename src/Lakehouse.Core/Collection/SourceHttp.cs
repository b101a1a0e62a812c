using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Lakehouse.Core.Collection;

/// <summary>
/// GET with the collection's retry rules (Polly): a timeout per attempt, retries with exponential backoff and jitter
/// only on HTTP 429, 408, 5xx, timeouts and connection failures, honouring <c>Retry-After</c> (a wait longer than
/// <see cref="HttpSourceOptions.MaxRetryDelaySeconds"/> ends the attempts). Anything else fails at once with a
/// <see cref="CollectionException"/> naming the source, subject and window.
/// </summary>
internal sealed class SourceHttp(HttpClient http, HttpSourceOptions options, TimeProvider time, ILogger logger, string source)
{
    /// <summary>Fetches <paramref name="url"/>; returns the body of a 2xx answer and the attempts it took.</summary>
    public async Task<(byte[] Body, int Attempts)> GetAsync(Uri url, string subject, DateWindow window, Func<string, string> redact, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var pipeline = Build(subject, window, redact);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        Outcome<Answer> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(
                async (attempt, _) =>
                {
                    attempts++;
                    return await AttemptAsync(url, attempt.CancellationToken, cancellationToken);
                },
                context,
                0);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } error)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reason = error is TimeoutRejectedException or OperationCanceledException
                ? $"timed out ({options.TimeoutSeconds:0.###} s per attempt) after {attempts} attempt(s)"
                : $"connection failed after {attempts} attempt(s) ({redact(error.Message)})";
            throw Fail(subject, window, reason, transient: true, status: null, error);
        }

        var answer = outcome.Result!;
        if ((int)answer.Status is >= 200 and < 300)
        {
            return (answer.Body, attempts);
        }

        var transient = IsTransientStatus(answer.Status);
        var detail = $"HTTP {(int)answer.Status} {AnswerText.Describe(answer.Body, answer.MediaType, redact)}";
        var why = transient && answer.RetryAfter > MaxDelay
            ? $"{detail}; asked to retry after {answer.RetryAfter.Value.TotalSeconds:0} s, more than the configured {options.MaxRetryDelaySeconds:0} s"
            : transient ? $"{detail} after {attempts} attempt(s)" : detail;
        throw Fail(subject, window, why, transient, (int)answer.Status, null);
    }

    private TimeSpan MaxDelay => TimeSpan.FromSeconds(options.MaxRetryDelaySeconds);

    private async Task<Outcome<Answer>> AttemptAsync(Uri url, CancellationToken attemptToken, CancellationToken callerToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, attemptToken);
            var body = await response.Content.ReadAsByteArrayAsync(attemptToken);
            return Outcome.FromResult(new Answer(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, RetryAfter(response)));
        }
        catch (Exception e) when (e is HttpRequestException or IOException
            || (e is OperationCanceledException && attemptToken.IsCancellationRequested && !callerToken.IsCancellationRequested))
        {
            // Connection failures and this attempt's timeout are outcomes the retry decides on; the caller's cancellation is not.
            return Outcome.FromException<Answer>(e);
        }
    }

    private ResiliencePipeline<Answer> Build(string subject, DateWindow window, Func<string, string> redact)
    {
        var builder = new ResiliencePipelineBuilder<Answer> { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<Answer>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                MaxDelay = MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    var what = args.Outcome.Result is { } a ? $"HTTP {(int)a.Status}" : redact(args.Outcome.Exception?.GetType().Name ?? "an error");
                    Log.Retrying(logger, source, subject, window, args.RetryDelay, args.AttemptNumber + 1, what);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds)).Build();
    }

    private bool ShouldRetry(Outcome<Answer> outcome) => outcome.Exception is not null
        || (outcome.Result is { } answer && IsTransientStatus(answer.Status) && !(answer.RetryAfter > MaxDelay));

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => TimeSpan.FromTicks(Math.Max(0, (date - time.GetUtcNow()).Ticks)),
        _ => null,
    };

    private CollectionException Fail(string subject, DateWindow window, string reason, bool transient, int? status, Exception? inner)
    {
        var error = new CollectionException(source, subject, window, reason, transient, status, inner);
        Log.FetchFailed(logger, error.Message);
        return error;
    }

    private sealed record Answer(HttpStatusCode Status, byte[] Body, string? MediaType, TimeSpan? RetryAfter);
}
