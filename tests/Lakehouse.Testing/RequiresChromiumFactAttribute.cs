using Xunit;

namespace Lakehouse.Testing;

/// <summary>A fact that renders pages in a real browser; skipped, saying why, when Chromium is not installed.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no Chromium executable is found.</summary>
    public RequiresChromiumFactAttribute()
    {
        if (HeadlessBrowser.Executable is null)
        {
            Skip = "Chromium is not installed (scripts/setup.sh installs Debian's chromium)";
        }
    }
}
