using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Lakehouse.Hosting.Tests;

/// <summary>
/// The Durable analyzers the app builds with (Microsoft.DurableTask.Analyzers, from its package) fire on orchestrator
/// code that breaks replay, and where they stop: what they do not see has to be caught by review (docs/architecture.md).
/// </summary>
public sealed class DurableAnalyzerTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.DurableTask;

        public static class Orchestrations
        {
            [Function("Broken")]
            public static async Task<string> Run([OrchestrationTrigger] TaskOrchestrationContext context, string input)
            {

        """;

    private const string Footer = """

            }
        }
        """;

    [Theory]
    [InlineData("DURABLE0001", "return DateTime.UtcNow.ToString();")]
    [InlineData("DURABLE0002", "return Guid.NewGuid().ToString();")]
    [InlineData("DURABLE0003", "await Task.Delay(1000); return input;")]
    [InlineData("DURABLE0004", "return await Task.Run(() => input);")]
    [InlineData("DURABLE0005", "using var http = new HttpClient(); return await http.GetStringAsync(input);")]
    [InlineData("DURABLE0006", "return Environment.GetEnvironmentVariable(input) ?? input;")]
    public async Task Analyze_NonDeterministicOrchestratorCode_IsReported(string rule, string body)
    {
        var diagnostics = await AnalyzeAsync(body);

        Assert.Contains(diagnostics, d => d.Id == rule);
    }

    [Fact]
    public async Task Analyze_DeterministicOrchestratorCode_IsClean()
    {
        var diagnostics = await AnalyzeAsync("""
            var at = context.CurrentUtcDateTime;
            var id = context.NewGuid();
            await context.CreateTimer(at.AddMinutes(1), default);
            return await context.CallActivityAsync<string>("Echo", $"{input} {id}");
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("DURABLE0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_FileIoInOrchestrator_IsNotReported()
    {
        // The I/O rule knows HttpClient, Azure Storage, Cosmos and SqlConnection clients only: file, S3 (AWSSDK) and
        // PostgreSQL (Npgsql) calls in an orchestrator pass the build. Review is the guard for those.
        var diagnostics = await AnalyzeAsync("return System.IO.File.ReadAllText(input);");

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("DURABLE0", StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string body)
    {
        var tree = CSharpSyntaxTree.ParseText(Header + body + Footer);
        var compilation = CSharpCompilation.Create(
            "AnalyzerProbe", [tree], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return await compilation.WithAnalyzers(Analyzers()).GetAnalyzerDiagnosticsAsync();
    }

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "analyzers");
        var analyzers = Directory.EnumerateFiles(folder, "*.dll")
            .SelectMany(path => new AnalyzerFileReference(path, new AssemblyLoader()).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
        Assert.NotEmpty(analyzers);
        return analyzers;
    }

    private static IEnumerable<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages = Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.*.dll");
        return framework.Concat(packages).Distinct().Select(path => MetadataReference.CreateFromFile(path));
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
