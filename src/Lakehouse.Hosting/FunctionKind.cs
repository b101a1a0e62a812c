namespace Lakehouse.Hosting;

/// <summary>The two kinds of <c>[Function]</c> the in-process engine runs; HTTP and timer functions are called directly.</summary>
public enum FunctionKind
{
    /// <summary>A method with an <c>[OrchestrationTrigger] TaskOrchestrationContext</c> parameter.</summary>
    Orchestrator,

    /// <summary>A method with an <c>[ActivityTrigger]</c> parameter.</summary>
    Activity,
}
