namespace Lakehouse.FunctionsOffline;

/// <summary>Message for members whose real implementation is behaviour the stand-in does not carry.</summary>
internal static class OfflineStandIn
{
    public const string Message =
        "build/functions-offline is a declaration-only stand-in of the Functions/Durable APIs; this member has no " +
        "behaviour here. Run on the real packages or override it (Lakehouse.Hosting overrides every member the app uses).";
}
