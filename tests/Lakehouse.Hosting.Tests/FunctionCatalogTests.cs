using System.Reflection;
using System.Reflection.Emit;
using Lakehouse.Hosting.Tests.TestFunctions;

namespace Lakehouse.Hosting.Tests;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void Constructor_TestAssembly_FindsOrchestratorsAndActivitiesWithTheirBoundTypes()
    {
        var catalog = new FunctionCatalog([typeof(FunctionCatalogTests).Assembly]);

        var roundTrip = catalog.Find("roundtrip")!;
        var square = catalog.Find(nameof(Activities.Square))!;
        Assert.Equal((FunctionKind.Orchestrator, typeof(OrderLine), typeof(OrderLine)), (roundTrip.Kind, roundTrip.InputType, roundTrip.OutputType));
        Assert.Equal((FunctionKind.Activity, typeof(int), typeof(int)), (square.Kind, square.InputType, square.OutputType));
        Assert.Equal(typeof(object), catalog.Find(nameof(Orchestrations.NoInput))!.InputType);
        Assert.Equal(typeof(object), catalog.Find(nameof(StaticActivities.Fail))!.OutputType);
    }

    [Fact]
    public void Constructor_ActivityTakingAnUnboundParameter_FailsNamingTheMethod()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog([BadFunctions.Assembly]));

        Assert.Contains("BadActivities.Run", e.Message, StringComparison.Ordinal);
        Assert.Contains("[ActivityTrigger] input and optionally a CancellationToken", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A dynamic assembly with an activity the engine cannot bind (kept out of the test assembly itself).</summary>
    private static class BadFunctions
    {
        public static Assembly Assembly { get; } = Build();

        private static AssemblyBuilder Build()
        {
            var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("BadFunctions"), AssemblyBuilderAccess.Run);
            var type = assembly.DefineDynamicModule("BadFunctions").DefineType("BadActivities", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
            var method = type.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(string), [typeof(string), typeof(Uri)]);
            method.SetCustomAttribute(new CustomAttributeBuilder(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute).GetConstructor([typeof(string)])!, ["Run"]));
            method.DefineParameter(1, ParameterAttributes.None, "input").SetCustomAttribute(
                new CustomAttributeBuilder(typeof(Microsoft.Azure.Functions.Worker.ActivityTriggerAttribute).GetConstructor(Type.EmptyTypes)!, []));
            method.DefineParameter(2, ParameterAttributes.None, "other");
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ret);
            type.CreateType();
            return assembly;
        }
    }
}
