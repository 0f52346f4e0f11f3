using System.Text;
using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

public class WyHashTests
{
    // The seven messages of the reference test_vector.cpp (wyhash final 4.2/4.3), hashed with
    // seed = index and the default secret; the same values appear in SMHasher3's wyhash self-test.
    [Theory]
    [InlineData("", 0UL, 0x93228a4de0eec5a2UL)]
    [InlineData("a", 1UL, 0xc5bac3db178713c4UL)]
    [InlineData("abc", 2UL, 0xa97f2f7b1d9b3314UL)]
    [InlineData("message digest", 3UL, 0x786d1f1df3801df4UL)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 4UL, 0xdca5a8138ad37c87UL)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 5UL, 0xb9e734f117cfaf70UL)]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", 6UL, 0x6cc5eab49a92d617UL)]
    public void Matches_the_published_test_vectors(string message, ulong seed, ulong expected)
    {
        WyHash.Hash(Encoding.ASCII.GetBytes(message), seed).ShouldBe(expected);
    }

    [Fact]
    public void Hashes_text_as_its_utf16_bytes()
    {
        const string text = "Marrowick reservoir";
        WyHash.Hash(text.AsSpan()).ShouldBe(WyHash.Hash(Encoding.Unicode.GetBytes(text)));
    }

    [Fact]
    public void Different_seeds_give_different_hashes()
    {
        byte[] data = Encoding.ASCII.GetBytes("spillway");
        WyHash.Hash(data, 1).ShouldNotBe(WyHash.Hash(data, 2));
    }
}
