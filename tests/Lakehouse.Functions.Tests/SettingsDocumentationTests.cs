using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Every setting the app reads is documented where operators set it: local.settings.sample.json (local Functions host)
/// and the functions service of docker-compose.yml, whose ${VARIABLES} all come from .env.sample. The list is derived
/// by reflection over every options type (a class with a <c>SectionName</c> constant), so a new option fails here until
/// it is documented.
/// </summary>
public partial class SettingsDocumentationTests
{
    // Settings that do not apply to the compose stack, and why.
    private static readonly Dictionary<string, string> NotInCompose = new(StringComparer.Ordinal)
    {
        ["Lakehouse__Lake__Root"] = "folder of the filesystem lake; the stack uses the s3 provider (MinIO)",
    };

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var setting in AppSettings())
        {
            data.Add(setting);
        }

        return data;
    }

    [Fact]
    public void AppSettings_ReflectedFromOptionsTypes_IncludeEveryKnownSection()
    {
        var settings = AppSettings();

        Assert.Contains("Lakehouse__Lake__BronzeBucket", settings);
        Assert.Contains("Lakehouse__Masking__Key", settings);
        Assert.Contains("Lakehouse__Validation__MaxQuarantinedFraction", settings);
        Assert.Contains("Lakehouse__Webhook__Token", settings);
        Assert.Contains("ConnectionStrings__Warehouse", settings);
        Assert.Contains("Lakehouse__Reconcile__Schedule", settings);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void LocalSettingsSample_EverySetting_IsPresent(string setting)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")));
        var keys = json.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name)
            .Concat(json.RootElement.GetProperty("ConnectionStrings").EnumerateObject().Select(p => "ConnectionStrings__" + p.Name));

        Assert.Contains(setting, keys);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void ComposeFunctionsService_EverySetting_IsPresent(string setting)
    {
        var environment = ComposeFunctionsEnvironment();

        Assert.True(environment.Contains(setting) || NotInCompose.ContainsKey(setting),
            $"{setting} is read by the app but not set in docker-compose.yml (services.functions.environment); add it, with its ${{VARIABLE}} in .env.sample when it is a secret or a choice.");
    }

    [Fact]
    public void EnvSample_EveryComposeVariable_IsDefinedAndNoSecretHasARealValue()
    {
        var compose = File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        var env = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".env.sample"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        var used = ComposeVariable().Matches(compose).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, v => Assert.True(env.ContainsKey(v), $"docker-compose.yml uses ${{{v}}}, which .env.sample does not define"));
        Assert.All(env.Keys, v => Assert.Contains(v, used));
        Assert.All(env.Where(e => SecretName().IsMatch(e.Key)), e => Assert.StartsWith("change-me", e.Value, StringComparison.Ordinal));
    }

    private static SortedSet<string> AppSettings()
    {
        var settings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in new[] { typeof(LakeCatalog).Assembly, typeof(RunsApi).Assembly }.SelectMany(a => a.GetExportedTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string section)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
                {
                    settings.Add(section.Replace(":", "__", StringComparison.Ordinal) + "__" + property.Name);
                }
            }

            if (type.GetField("ConnectionStringName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string connection)
            {
                settings.Add("ConnectionStrings__" + connection);
            }
        }

        foreach (var schedule in Schedules.All)
        {
            settings.Add(schedule.Replace(":", "__", StringComparison.Ordinal));
        }

        return settings;
    }

    /// <summary>The keys of services.functions.environment, read from the block-style mapping the file uses.</summary>
    private static HashSet<string> ComposeFunctionsEnvironment()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        var start = Array.IndexOf(lines, "  functions:");
        Assert.True(start >= 0, "docker-compose.yml has no functions service");
        var env = Array.FindIndex(lines, start, l => l == "    environment:");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = env + 1; i < lines.Length && lines[i].StartsWith("      ", StringComparison.Ordinal); i++)
        {
            var match = EnvironmentKey().Match(lines[i]);
            if (match.Success)
            {
                keys.Add(match.Groups[1].Value);
            }
        }

        return keys;
    }

    [GeneratedRegex(@"(?<!\$)\$\{([A-Z0-9_]+)\}")]
    private static partial Regex ComposeVariable();

    [GeneratedRegex(@"^      ([A-Za-z0-9_]+):")]
    private static partial Regex EnvironmentKey();

    [GeneratedRegex("PASSWORD|KEY|TOKEN")]
    private static partial Regex SecretName();
}
