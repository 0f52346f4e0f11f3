using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stemma.Fingerprinting;

/// <summary>
/// wyhash final version 4.2/4.3 (Wang Yi, public domain): a fast 64-bit non-cryptographic hash,
/// little-endian flavour with the default secret, bit-compatible with the reference C code.
/// </summary>
public static class WyHash
{
    // The default secret of the reference implementation (_wyp).
    private const ulong Secret0 = 0x2d358dccaa6c78a5UL;
    private const ulong Secret1 = 0x8bb84b93962eacc9UL;
    private const ulong Secret2 = 0x4b33a62ed433d4a3UL;
    private const ulong Secret3 = 0x4d5a2da51de1aa47UL;

    /// <summary>Hashes a byte sequence, exactly as the reference <c>wyhash(key, len, seed, _wyp)</c>.</summary>
    /// <param name="data">The bytes to hash.</param>
    /// <param name="seed">The seed; different seeds give independent hash functions.</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        int len = data.Length;
        seed ^= Mix(seed ^ Secret0, Secret1);
        ulong a, b;
        if (len <= 16)
        {
            if (len >= 4)
            {
                int q = (len >> 3) << 2;
                a = (Read4(data, 0) << 32) | Read4(data, q);
                b = (Read4(data, len - 4) << 32) | Read4(data, len - 4 - q);
            }
            else if (len > 0)
            {
                a = ((ulong)data[0] << 16) | ((ulong)data[len >> 1] << 8) | data[len - 1];
                b = 0;
            }
            else
            {
                a = b = 0;
            }
        }
        else
        {
            int i = len;
            int o = 0;
            if (i >= 48)
            {
                ulong see1 = seed, see2 = seed;
                do
                {
                    seed = Mix(Read8(data, o) ^ Secret1, Read8(data, o + 8) ^ seed);
                    see1 = Mix(Read8(data, o + 16) ^ Secret2, Read8(data, o + 24) ^ see1);
                    see2 = Mix(Read8(data, o + 32) ^ Secret3, Read8(data, o + 40) ^ see2);
                    o += 48;
                    i -= 48;
                }
                while (i >= 48);
                seed ^= see1 ^ see2;
            }

            while (i > 16)
            {
                seed = Mix(Read8(data, o) ^ Secret1, Read8(data, o + 8) ^ seed);
                i -= 16;
                o += 16;
            }

            a = Read8(data, o + i - 16);
            b = Read8(data, o + i - 8);
        }

        a ^= Secret1;
        b ^= seed;
        ulong hi = Math.BigMul(a, b, out ulong lo);
        return Mix(lo ^ Secret0 ^ (ulong)len, hi ^ Secret1);
    }

    /// <summary>Hashes UTF-16 text by its code units (little-endian bytes); no allocation.</summary>
    /// <param name="text">The characters to hash.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong Hash(ReadOnlySpan<char> text, ulong seed = 0) =>
        Hash(MemoryMarshal.AsBytes(text), seed);

    /// <summary>Hashes a sequence of 64-bit values (e.g. word hashes forming a shingle).</summary>
    /// <param name="values">The values to hash.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The 64-bit hash.</returns>
    public static ulong Hash(ReadOnlySpan<ulong> values, ulong seed = 0) =>
        Hash(MemoryMarshal.AsBytes(values), seed);

    /// <summary>The reference <c>wyhash64(A, B)</c>: a strong 128→64-bit mix of two words.</summary>
    /// <param name="a">The first word.</param>
    /// <param name="b">The second word.</param>
    /// <returns>The mixed 64-bit value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash64(ulong a, ulong b)
    {
        a ^= Secret0;
        b ^= Secret1;
        ulong hi = Math.BigMul(a, b, out ulong lo);
        return Mix(lo ^ Secret0, hi ^ Secret1);
    }

    /// <summary>The reference <c>_wymix</c>: the xor of the two halves of the 128-bit product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong a, ulong b)
    {
        ulong hi = Math.BigMul(a, b, out ulong lo);
        return lo ^ hi;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read8(ReadOnlySpan<byte> p, int offset) =>
        BinaryPrimitives.ReadUInt64LittleEndian(p.Slice(offset, 8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read4(ReadOnlySpan<byte> p, int offset) =>
        BinaryPrimitives.ReadUInt32LittleEndian(p.Slice(offset, 4));
}
