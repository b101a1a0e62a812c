using Xunit;

namespace Lakehouse.Testing;

/// <summary>A fact that is skipped when the real Olist subset is not present at <c>../shared/data/olist</c>.</summary>
public sealed class RequiresOlistDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the data is absent.</summary>
    public RequiresOlistDataFactAttribute()
    {
        if (RepoPaths.OlistFile("olist_orders_dataset") is null)
        {
            Skip = "real Olist subset not present at ../shared/data/olist (tests that need it are skipped; everything else runs)";
        }
    }

    /// <summary>When true, the fact also renders pages in Chromium and is skipped without it.</summary>
    public bool Chromium
    {
        get => false;
        init
        {
            if (value && Skip is null && HeadlessBrowser.Executable is null)
            {
                Skip = "Chromium is not installed (scripts/setup.sh installs Debian's chromium)";
            }
        }
    }
}
