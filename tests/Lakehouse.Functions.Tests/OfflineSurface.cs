#if FUNCTIONS_OFFLINE
using System.Reflection;
using System.Text;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The public and protected surface of an assembly, one line per type and member, sorted: kind, modifiers and a C#-like
/// signature with full type names, parameter names and default values.
/// </summary>
internal static class OfflineSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Describe(Assembly assembly) =>
        [.. assembly.GetExportedTypes().SelectMany(Lines).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Lines(Type type)
    {
        var bases = new[] { type.BaseType }.Where(b => b is not null && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            .Concat(type.GetInterfaces())
            .Select(b => Name(b!));
        yield return $"{Name(type)} | type {Kind(type)}{(bases.Any() ? " : " + string.Join(", ", bases.Order(StringComparer.Ordinal)) : "")}";
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{Name(type)} | {field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared).Where(Visible))
        {
            var line = Describe(member);
            if (line is not null)
            {
                yield return $"{Name(type)} | {line}";
            }
        }
    }

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : $"{(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "")}class";

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor {Access(c)}({Parameters(c)})",
        MethodInfo m when m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal) => null,
        MethodInfo m => $"method {Access(m)}{Modifiers(m)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
        PropertyInfo p => $"property {Name(p.PropertyType)} {p.Name}{Indexer(p)} {{ {Accessors(p)}}}",
        FieldInfo f => $"field {(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m) =>
        m.IsStatic ? "static " : m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal ? (m.GetBaseDefinition() != m ? "override " : "virtual ") : "";

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Indexer(PropertyInfo p) => p.GetIndexParameters() is { Length: > 0 } i ? $"[{string.Join(", ", i.Select(Parameter))}]" : "";

    private static string Accessors(PropertyInfo p)
    {
        var text = new StringBuilder();
        foreach (var (accessor, name) in new[] { (p.GetMethod, "get"), (p.SetMethod, IsInit(p.SetMethod) ? "init" : "set") })
        {
            if (accessor is not null && (accessor.IsPublic || accessor.IsFamily || accessor.IsFamilyOrAssembly))
            {
                text.Append(accessor.IsPublic ? "" : "protected ").Append(Modifiers(accessor)).Append(name).Append("; ");
            }
        }

        return text.ToString();
    }

    private static bool IsInit(MethodInfo? setter) =>
        setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") == true;

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        var prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "";
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var value = p.HasDefaultValue ? " = " + (p.DefaultValue switch { null => "null", string s => $"\"{s}\"", bool b => b ? "true" : "false", var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) }) : "";
        return $"{prefix}{Name(type)} {p.Name}{value}";
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace + ".") + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
#endif
