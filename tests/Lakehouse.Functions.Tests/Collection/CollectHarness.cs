using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>The Functions app (<see cref="PipelineHarness"/>) with its collection sources pointed at the replay server of the recorded answers.</summary>
internal static class CollectHarness
{
    public static Task<PipelineHarness> CreateAsync(
        ReplayServer server, string name, string? folder = null, int quietSeconds = 2, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Lakehouse:Collection:MaxParallelRequests"] = "4",
            ["Lakehouse:Collection:Folder:QuietPeriodSeconds"] = quietSeconds.ToString(CultureInfo.InvariantCulture),
            ["Lakehouse:Pipeline:MaxParallelTransforms"] = "2",
        };
        foreach (var source in new[] { "Bcb", "OpenMeteo" })
        {
            settings[$"Lakehouse:Collection:{source}:BaseUrl"] = server.Url;
            settings[$"Lakehouse:Collection:{source}:TimeoutSeconds"] = "5";
            settings[$"Lakehouse:Collection:{source}:MaxAttempts"] = "3";
            settings[$"Lakehouse:Collection:{source}:RetryDelayMilliseconds"] = "20";
        }

        if (folder is not null)
        {
            settings["Lakehouse:Collection:Folder:Path"] = folder;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return PipelineHarness.CreateAsync(LakeProvider.FileSystem, name, extraSettings: settings);
    }

    /// <summary>Runs a collection to completion and returns its result.</summary>
    public static async Task<CollectResult> CollectAsync(this PipelineHarness harness, CollectInput input)
    {
        var id = await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectOrchestration), input);
        return await harness.WaitAsync<CollectResult>(id);
    }

    /// <summary>Every bronze object with its ETag, in key order.</summary>
    public static async Task<List<string>> BronzeAsync(this PipelineHarness harness) =>
        await harness.Store.ListAsync(harness.Lake.BronzeBucket, "", CancellationToken.None).Select(o => $"{o.Key} {o.ETag}").OrderBy(k => k, StringComparer.Ordinal).ToListAsync();

    /// <summary>Every row of the collected facts and dimensions, load bookkeeping included (a reload would change loaded_at).</summary>
    public static async Task<List<string>> CollectedWarehouseAsync(this PipelineHarness harness)
    {
        string[] queries =
        [
            "SELECT count(*) || ' ' || coalesce(md5(string_agg(row(f.*)::text, ',' ORDER BY indicator_key, reference_date)), '') FROM dw.fact_indicator f",
            "SELECT count(*) || ' ' || coalesce(md5(string_agg(row(d.*)::text, ',' ORDER BY indicator_key)), '') FROM dw.dim_indicator d",
            "SELECT count(*) || ' ' || coalesce(md5(string_agg(row(f.*)::text, ',' ORDER BY location_key, reference_date)), '') FROM dw.fact_weather_daily f",
            "SELECT count(*) || ' ' || coalesce(md5(string_agg(row(d.*)::text, ',' ORDER BY location_key)), '') FROM dw.dim_location d",
        ];
        var result = new List<string>();
        foreach (var q in queries)
        {
            result.Add(await harness.ScalarAsync<string>(q));
        }

        return result;
    }

    /// <summary>Days and the sum of the daily maximum temperature of the recorded Open-Meteo answer within [from, to].</summary>
    public static (int Days, decimal SumMax) RecordedWeather(DateOnly from, DateOnly to)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RecordedAnswers.WeatherArchive!));
        var daily = document.RootElement.GetProperty("daily");
        var days = daily.GetProperty("time").EnumerateArray().Select(t => DateOnly.ParseExact(t.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var max = daily.GetProperty("temperature_2m_max").EnumerateArray().Select(v => v.GetDecimal()).ToList();
        var inside = days.Select((d, i) => (d, i)).Where(x => x.d >= from && x.d <= to).ToList();
        return (inside.Count, inside.Sum(x => max[x.i]));
    }
}
