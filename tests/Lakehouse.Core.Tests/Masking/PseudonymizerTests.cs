using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Tests.Masking;

public class PseudonymizerTests
{
    private const string Key = "test-key-0123456789abcdef";

    [Fact]
    public void Pseudonymize_SameKey_ReturnsSameToken()
    {
        var a = new Pseudonymizer(Key).Pseudonymize("customer_id", "06b8999e2fba1a1fbc88172c00ba8bc7");
        var b = new Pseudonymizer(Key).Pseudonymize("customer_id", "06b8999e2fba1a1fbc88172c00ba8bc7");

        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual("06b8999e2fba1a1fbc88172c00ba8bc7", a);
    }

    [Fact]
    public void Pseudonymize_OtherKeyOrDomain_ReturnsOtherToken()
    {
        var value = "06b8999e2fba1a1fbc88172c00ba8bc7";
        var token = new Pseudonymizer(Key).Pseudonymize("customer_id", value);

        Assert.NotEqual(token, new Pseudonymizer(Key + "x").Pseudonymize("customer_id", value));
        Assert.NotEqual(token, new Pseudonymizer(Key).Pseudonymize("customer_unique_id", value));
    }

    [Fact]
    public void Pseudonymize_KnownVector_MatchesHmacSha256Truncated()
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Key), System.Text.Encoding.UTF8.GetBytes("customer_id:abc")))[..32];

        Assert.Equal(expected, new Pseudonymizer(Key).Pseudonymize("customer_id", "abc"));
    }

    [Fact]
    public void Constructor_ShortKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer("short"));
    }
}
