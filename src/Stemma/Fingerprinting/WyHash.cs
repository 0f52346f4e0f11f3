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

    /// <summary>
    /// Hashes an ASCII word as <see cref="Hash(ReadOnlySpan{char}, ulong)"/> would hash its lower-case form,
    /// without making that form: every character must be an ASCII letter or digit, and for those
    /// <c>c | 0x20</c> is the lower case (digits already have the bit), so the mask is applied to whole
    /// words as they are read. Every read of the reference algorithm starts at an even byte offset for
    /// UTF-16 input, so the per-character mask lines up.
    /// </summary>
    /// <param name="word">ASCII letters and digits only (not checked).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The hash of the lower-cased word.</returns>
    internal static ulong HashLowerAsciiWord(ReadOnlySpan<char> word, ulong seed = 0)
    {
        const ulong Lower8 = 0x0020002000200020UL;
        const ulong Lower4 = 0x00200020UL;
        ref byte data = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        int len = word.Length * 2;
        seed ^= Mix(seed ^ Secret0, Secret1);
        ulong a, b;
        if (len <= 16)
        {
            if (len >= 4)
            {
                int q = (len >> 3) << 2;
                a = ((U4(ref data, 0) | Lower4) << 32) | (U4(ref data, q) | Lower4);
                b = ((U4(ref data, len - 4) | Lower4) << 32) | (U4(ref data, len - 4 - q) | Lower4);
            }
            else if (len > 0)
            {
                // One character: bytes (c, 0); the reference reads data[0], data[len/2] = 0, data[len-1] = 0.
                a = (ulong)(byte)(data | 0x20) << 16;
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
                    seed = Mix((U8(ref data, o) | Lower8) ^ Secret1, (U8(ref data, o + 8) | Lower8) ^ seed);
                    see1 = Mix((U8(ref data, o + 16) | Lower8) ^ Secret2, (U8(ref data, o + 24) | Lower8) ^ see1);
                    see2 = Mix((U8(ref data, o + 32) | Lower8) ^ Secret3, (U8(ref data, o + 40) | Lower8) ^ see2);
                    o += 48;
                    i -= 48;
                }
                while (i >= 48);
                seed ^= see1 ^ see2;
            }

            while (i > 16)
            {
                seed = Mix((U8(ref data, o) | Lower8) ^ Secret1, (U8(ref data, o + 8) | Lower8) ^ seed);
                i -= 16;
                o += 16;
            }

            a = U8(ref data, o + i - 16) | Lower8;
            b = U8(ref data, o + i - 8) | Lower8;
        }

        a ^= Secret1;
        b ^= seed;
        ulong hi = Math.BigMul(a, b, out ulong lo);
        return Mix(lo ^ Secret0 ^ (ulong)len, hi ^ Secret1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong U8(ref byte p, int offset) => BitConverter.IsLittleEndian
        ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, offset))
        : BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, offset)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong U4(ref byte p, int offset) => BitConverter.IsLittleEndian
        ? Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, offset))
        : BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, offset)));

    /// <summary>Hashes exactly five 64-bit values (a word 5-gram) as <see cref="Hash(ReadOnlySpan{ulong}, ulong)"/> does,
    /// unrolled: 40 bytes take two 16-byte rounds and a final overlapping read.</summary>
    /// <param name="v">At least five values; the first five are hashed.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong HashFive(ReadOnlySpan<ulong> v, ulong seed)
    {
        seed ^= Mix(seed ^ Secret0, Secret1);
        seed = Mix(v[0] ^ Secret1, v[1] ^ seed);
        seed = Mix(v[2] ^ Secret1, v[3] ^ seed);
        ulong a = v[3] ^ Secret1;
        ulong b = v[4] ^ seed;
        ulong hi = Math.BigMul(a, b, out ulong lo);
        return Mix(lo ^ Secret0 ^ 40UL, hi ^ Secret1);
    }

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
