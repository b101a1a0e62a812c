using System.Reflection;
using Lakehouse.Functions.Triggers;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The host enforces function keys from the trigger attributes; these tests pin which functions are anonymous. The
/// webhook checks its own bearer token (see <see cref="TriggerTests"/>), health reveals nothing but up/down.
/// </summary>
public class AuthorizationTests
{
    private static readonly string[] Anonymous = [nameof(MinioEventsTrigger), nameof(HealthApi.Health)];

    [Fact]
    public void HttpTriggers_AllButWebhookAndHealth_RequireAFunctionKey()
    {
        var triggers = typeof(RunsApi).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>()?.Name, Http: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null)))
            .Where(x => x.Function is not null && x.Http is not null)
            .ToList();

        // Every HTTP endpoint, so a new one is a deliberate change here too.
        Assert.Equal(
            new[]
            {
                nameof(CollectApi.StartCollect), nameof(DocumentsApi.SearchDocuments), nameof(HealthApi.Health), nameof(MinioEventsTrigger), nameof(ReportsApi.Reports), nameof(ReportsApi.RunReport),
                nameof(RunsApi.GetRun), nameof(RunsApi.ListRuns), nameof(RunsApi.RerunRun), nameof(RunsApi.StartRun),
            }.Order(StringComparer.Ordinal),
            triggers.Select(t => t.Function!).Order(StringComparer.Ordinal));
        Assert.All(triggers, t => Assert.Equal(Anonymous.Contains(t.Function) ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function, t.Http!.AuthLevel));
    }
}
