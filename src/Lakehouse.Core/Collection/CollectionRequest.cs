namespace Lakehouse.Core.Collection;

/// <summary>What to collect; every part is optional (<see cref="CollectionPlanner"/> fills in the defaults).</summary>
/// <param name="Source">A source name (<c>bcb</c>, <c>weather</c>, <c>folder</c> or a configured name) or kind; null = every source.</param>
/// <param name="Series">SGS codes to collect (only Banco Central sources then); null or empty = every configured series.</param>
/// <param name="From">First day; null = <see cref="CollectionOptions.LookbackDays"/> before <paramref name="To"/>.</param>
/// <param name="To">Last day; null = today in São Paulo.</param>
public sealed record CollectionRequest(string? Source = null, IReadOnlyList<int>? Series = null, DateOnly? From = null, DateOnly? To = null);
