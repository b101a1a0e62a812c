using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting;

/// <summary>
/// One run of an orchestrator function on its own thread. Live: actions start real work and their completions are
/// recorded as history in arrival order. Replay (<c>recorded</c> given): actions are compared with the recorded ones
/// and the recorded completions are fed back in order whenever the orchestrator is idle.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The orchestrator thread disposes _sync when it ends.")]
internal sealed partial class OrchestrationExecution
{
    private readonly InProcessOrchestrationHost _host;
    private readonly OrchestrationInstance _instance;
    private readonly FunctionDescriptor _function;
    private readonly IReadOnlyList<HistoryEvent>? _recorded;
    private readonly List<HistoryEvent> _recordedActions = [];
    private readonly Queue<HistoryEvent> _recordedCompletions = new();
    private readonly List<HistoryEvent> _history = [];
    private readonly Dictionary<int, TaskCompletionSource<HistoryEvent>> _pending = [];
    private readonly OrchestratorSynchronizationContext _sync = new();
    private readonly TaskCompletionSource<ExecutionResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan _clockOffset;
    private int _nextTaskId;
    private int _newGuidCounter;
    private int _threadId;

    public OrchestrationExecution(
        InProcessOrchestrationHost host,
        OrchestrationInstance instance,
        FunctionDescriptor function,
        string? inputJson,
        IReadOnlyList<HistoryEvent>? recorded = null)
    {
        _host = host;
        _instance = instance;
        _function = function;
        InputJson = inputJson;
        _recorded = recorded;
        if (recorded is not null)
        {
            _recordedActions.AddRange(recorded.Where(e => e.IsAction));
            foreach (var completion in recorded.Where(e => e.IsCompletion))
            {
                _recordedCompletions.Enqueue(completion);
            }
        }
    }

    public string? InputJson { get; }

    public string InstanceId => _instance.InstanceId;

    public string Name => _instance.Name;

    public ParentOrchestrationInstance? Parent => _instance.Parent;

    public DateTime CurrentUtc { get; private set; }

    public bool IsReplaying => _recorded is not null;

    public string? Divergence { get; private set; }

    public string? ContinueAsNewInputJson { get; private set; }

    public bool ContinueAsNewRequested { get; private set; }

    public bool PreserveUnprocessedEvents { get; private set; }

    public InProcessOrchestrationHost Host => _host;

    public OrchestrationInstance Instance => _instance;

    /// <summary>Runs the orchestrator on a dedicated thread until it completes, diverges or is cancelled.</summary>
    public async Task<ExecutionResult> RunAsync(CancellationToken cancellationToken)
    {
        var scope = _host.Services.CreateAsyncScope();
        await using (scope)
        {
            var thread = new Thread(() => ThreadMain(scope.ServiceProvider, cancellationToken))
            {
                IsBackground = true,
                Name = $"orchestrator {_instance.InstanceId}",
            };
            thread.Start();
            return await _result.Task;
        }
    }

    /// <summary>Queues a live completion or event for delivery on the orchestrator thread.</summary>
    public void PostLive(HistoryEvent completion) => _sync.Post(_ => Deliver(completion), null);

    private void ThreadMain(IServiceProvider services, CancellationToken cancellationToken)
    {
        SynchronizationContext.SetSynchronizationContext(_sync);
        _threadId = Environment.CurrentManagedThreadId;
        try
        {
            _result.TrySetResult(Run(services, cancellationToken));
        }
#pragma warning disable CA1031 // A host defect must surface on the instance, not kill the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _result.TrySetResult(new ExecutionResult(ExecutionOutcome.Failed, null, Payload.FailureFrom(ex), _history));
        }
        finally
        {
            _sync.Complete();
            _sync.Dispose();
        }
    }

    private ExecutionResult Run(IServiceProvider services, CancellationToken cancellationToken)
    {
        CurrentUtc = _recorded is null ? Clock() : _recorded[0].Timestamp;
        if (_recorded is null)
        {
            _history.Add(new HistoryEvent(HistoryEventKind.ExecutionStarted, CurrentUtc) { Name = Name, Payload = InputJson });
            _instance.AttachExecution(this);
        }

        var context = new InProcessOrchestrationContext(this, _host.LoggerFactory);
        var functionContext = new InProcessFunctionContext(_function, services, CancellationToken.None);
        var run = FunctionInvoker.InvokeAsync(_function, services, null, context, functionContext, CancellationToken.None);
        Pump(run, cancellationToken);
        if (_recorded is null)
        {
            _instance.DetachExecution(this, PreserveUnprocessedEvents ? TakeBufferedEvents() : []);
        }

        return Finish(run, cancellationToken);
    }

    private void Pump(Task run, CancellationToken cancellationToken)
    {
        try
        {
            while (!run.IsCompleted && Divergence is null)
            {
                if (_sync.RunOne(TimeSpan.Zero, cancellationToken))
                {
                    continue;
                }

                if (_recorded is null)
                {
                    _sync.RunOne(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                else if (_recordedCompletions.TryDequeue(out var completion))
                {
                    Deliver(completion);
                }
                else
                {
                    Divergence = $"Orchestration '{Name}' ({InstanceId}) is non-deterministic: on replay it waits for " +
                        $"action #{_nextTaskId} or an event that has no recorded result; the first execution completed.";
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Terminated or host disposed: the caller records the outcome.
        }
    }
}
