using System.Globalization;

namespace Lakehouse.Benchmarks;

/// <summary>Peak resident memory: VmHWM of /proc/self/status, else the process's peak working set.</summary>
internal static class PeakMemory
{
    public static long SelfBytes()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
