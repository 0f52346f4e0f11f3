using System.Globalization;

namespace Stemma.Extraction;

/// <summary>
/// The 64-bit FNV-1a hash, hex-encoded: stable across runs and platforms, which is all the
/// content hash needs until the faster hash lands.
/// </summary>
internal static class Fnv1a64
{
    private const ulong OffsetBasis = 14695981039346656037UL; // FNV-1a 64-bit parameters, from the specification.
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Sixteen lowercase hex digits.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Hash(bytes).ToString("x16", CultureInfo.InvariantCulture);
}
