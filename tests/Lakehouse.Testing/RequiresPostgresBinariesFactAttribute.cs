using Lakehouse.Core.Embedded;
using Xunit;

namespace Lakehouse.Testing;

/// <summary>A fact that is skipped when no PostgreSQL binaries are installed (see <see cref="EmbeddedPostgres.FindBinaries"/>).</summary>
public sealed class RequiresPostgresBinariesFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when initdb/pg_ctl are absent.</summary>
    public RequiresPostgresBinariesFactAttribute()
    {
        if (EmbeddedPostgres.FindBinaries() is null)
        {
            Skip = "PostgreSQL binaries not found (install postgresql or set LAKEHOUSE_PG_BIN)";
        }
    }
}
