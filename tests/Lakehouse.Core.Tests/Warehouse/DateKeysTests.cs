using Lakehouse.Core.Transform;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Tests.Warehouse;

public class DateKeysTests
{
    [Fact]
    public void Of_EveryThirteenMinutesFrom2009To2036_EqualsTheFullConversion()
    {
        // The cached offsets against a time-zone conversion per instant, across every São Paulo daylight-saving switch
        // up to 2019 and both ends of the generated calendar (keys outside it are Unknown). The SQL reference
        // dw.date_key is compared in WarehouseIntegrityTests.
        for (var utc = new DateTime(2009, 12, 1, 0, 0, 0, DateTimeKind.Utc); utc < new DateTime(2036, 2, 1, 0, 0, 0, DateTimeKind.Utc); utc = utc.AddMinutes(13))
        {
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, FieldParser.SourceTimeZone));
            var expected = local < new DateOnly(2010, 1, 1) || local > new DateOnly(2035, 12, 31) ? DateKeys.Unknown : (local.Year * 10000) + (local.Month * 100) + local.Day;
            Assert.Equal(expected, DateKeys.Of(utc));
        }
    }
}
