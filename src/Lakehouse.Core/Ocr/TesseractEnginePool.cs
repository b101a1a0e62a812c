using System.Collections.Concurrent;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// At most <c>capacity</c> engines, each created and initialised once and then reused: a worker borrows one for a
/// page and gives it back, so each concurrent worker has its own engine and no engine is used by two threads at once.
/// </summary>
internal sealed class TesseractEnginePool : IDisposable
{
    private readonly Func<TesseractEngine> _factory;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private int _created;
    private bool _disposed;

    public TesseractEnginePool(Func<TesseractEngine> factory, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _factory = factory;
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Engines created so far (never more than the capacity).</summary>
    public int Created => Volatile.Read(ref _created);

    /// <summary>Borrows an engine, waiting while all are busy; dispose the lease to give it back.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var engine))
            {
                engine = _factory();
                Interlocked.Increment(ref _created);
            }

            return new Lease(this, engine);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }

        _slots.Dispose();
    }

    private void Return(TesseractEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
            return;
        }

        _idle.Add(engine);
        _slots.Release();
    }

    /// <summary>A borrowed engine; disposing gives it back to the pool.</summary>
    internal sealed class Lease(TesseractEnginePool pool, TesseractEngine engine) : IDisposable
    {
        public TesseractEngine Engine { get; } = engine;

        public void Dispose() => pool.Return(Engine);
    }
}
