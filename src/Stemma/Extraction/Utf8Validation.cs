using System.Text;
using System.Text.Unicode;

namespace Stemma.Extraction;

/// <summary>Finds where a byte sequence stops being UTF-8, so that the user is told the byte.</summary>
internal static class Utf8Validation
{
    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>How many invalid sequences and how many valid multi-byte characters the bytes hold.</summary>
    public static (int Invalid, int MultiByte) CountSequences(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var multiByte = 0;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (consumed > 1)
            {
                multiByte++;
            }

            offset += Math.Max(consumed, 1);
        }

        return (invalid, multiByte);
    }
}
