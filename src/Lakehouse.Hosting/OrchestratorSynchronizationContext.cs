using System.Collections.Concurrent;

namespace Lakehouse.Hosting;

/// <summary>
/// Single-threaded synchronization context of one orchestration execution: every continuation of the orchestrator
/// runs on its dedicated thread, as in the real worker.
/// </summary>
internal sealed class OrchestratorSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // The execution has ended; late completions (e.g. an activity after termination) are dropped.
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send is not supported on the orchestrator thread.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs one queued callback; waits up to <paramref name="timeout"/> for one (0 = don't wait).</summary>
    public bool RunOne(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_queue.TryTake(out var item, (int)timeout.TotalMilliseconds, cancellationToken))
        {
            return false;
        }

        item.Callback(item.State);
        return true;
    }

    public void Complete() => _queue.CompleteAdding();

    public void Dispose() => _queue.Dispose();
}
