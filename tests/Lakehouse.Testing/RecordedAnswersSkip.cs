namespace Lakehouse.Testing;

/// <summary>Why collection tests that replay real answers are skipped.</summary>
internal static class RecordedAnswersSkip
{
    public const string Reason =
        "recorded API answers not present at ../shared/data/bcb and ../shared/data/weather (tests that replay them are skipped; everything else runs)";
}
