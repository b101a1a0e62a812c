namespace Lakehouse.Hosting;

/// <summary>End of an execution: ContinueAsNew requests and the result.</summary>
internal sealed partial class OrchestrationExecution
{
    public void RequestContinueAsNew(string? newInputJson, bool preserveUnprocessedEvents)
    {
        CheckThread();
        ContinueAsNewRequested = true;
        ContinueAsNewInputJson = newInputJson;
        PreserveUnprocessedEvents = preserveUnprocessedEvents;
    }

    private ExecutionResult Finish(Task<object?> run, CancellationToken cancellationToken)
    {
        if (Divergence is null && _recorded is not null && run.IsCompleted && _nextTaskId < _recordedActions.Count)
        {
            Divergence = DivergenceMessage(_nextTaskId, _recordedActions[_nextTaskId], null);
        }

        if (Divergence is not null)
        {
            return new ExecutionResult(ExecutionOutcome.Diverged, null, null, _history, Divergence);
        }

        if (!run.IsCompleted || cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(ExecutionOutcome.Aborted, null, null, _history);
        }

        if (!run.IsCompletedSuccessfully)
        {
            var exception = run.Exception?.InnerException ?? new TaskCanceledException(run);
            var failure = Payload.FailureFrom(exception);
            Record(new HistoryEvent(HistoryEventKind.ExecutionCompleted, CurrentUtc) { Failure = failure });
            return new ExecutionResult(ExecutionOutcome.Failed, null, failure, _history);
        }

        if (ContinueAsNewRequested)
        {
            Record(new HistoryEvent(HistoryEventKind.ContinuedAsNew, CurrentUtc) { Payload = ContinueAsNewInputJson });
            return new ExecutionResult(ExecutionOutcome.ContinuedAsNew, ContinueAsNewInputJson, null, _history);
        }

        string? output;
        try
        {
            output = Payload.Serialize(run.Result);
        }
#pragma warning disable CA1031 // A non-serializable output fails the instance, as in Durable.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failure = Payload.FailureFrom(ex);
            Record(new HistoryEvent(HistoryEventKind.ExecutionCompleted, CurrentUtc) { Failure = failure });
            return new ExecutionResult(ExecutionOutcome.Failed, null, failure, _history);
        }

        Record(new HistoryEvent(HistoryEventKind.ExecutionCompleted, CurrentUtc) { Payload = output });
        return new ExecutionResult(ExecutionOutcome.Completed, output, null, _history);
    }

    private void Record(HistoryEvent completed)
    {
        if (_recorded is null)
        {
            _history.Add(completed);
        }
    }
}
