using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>min_value/max_value of UTF-8 strings, compared as unsigned bytes (the Parquet order for STRING).</summary>
internal static class StringStatistics
{
    public static Statistics FromDictionary(DictionaryEncoder dictionary, ReadOnlySpan<int> indices)
    {
        // Only entries that are still referenced count (a rolled-back row may leave an unused entry).
        var used = new bool[dictionary.Count];
        foreach (var index in indices)
        {
            used[index] = true;
        }

        var min = -1;
        var max = -1;
        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i])
            {
                continue;
            }

            if (min < 0 || dictionary.Entry(i).SequenceCompareTo(dictionary.Entry(min)) < 0)
            {
                min = i;
            }

            if (max < 0 || dictionary.Entry(i).SequenceCompareTo(dictionary.Entry(max)) > 0)
            {
                max = i;
            }
        }

        return min < 0
            ? new Statistics()
            : new Statistics { MinValue = dictionary.Entry(min).ToArray(), MaxValue = dictionary.Entry(max).ToArray() };
    }

    public static Statistics FromPlain(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets)
    {
        if (offsets.Length < 2)
        {
            return new Statistics();
        }

        var min = data[offsets[0]..offsets[1]];
        var max = min;
        for (var i = 1; i < offsets.Length - 1; i++)
        {
            var value = data[offsets[i]..offsets[i + 1]];
            if (value.SequenceCompareTo(min) < 0)
            {
                min = value;
            }
            else if (value.SequenceCompareTo(max) > 0)
            {
                max = value;
            }
        }

        return new Statistics { MinValue = min.ToArray(), MaxValue = max.ToArray() };
    }
}
