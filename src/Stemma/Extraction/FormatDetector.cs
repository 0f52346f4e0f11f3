using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stemma.Extraction;

/// <summary>
/// Detects the format of an input from its content: magic bytes first, then byte-order marks,
/// binary content, text encoding, and finally the shape of the text. The file extension only
/// breaks ties the content leaves open.
/// </summary>
public static partial class FormatDetector
{
    /// <summary>
    /// How much of the start is sniffed for HTML markup and a meta charset: the HTML standard's
    /// prescan looks at the first 1024 bytes for the same reason.
    /// </summary>
    internal const int SniffBytes = 1024;

    /// <summary>How much of the start is checked for binary content; git looks at 8000 bytes.</summary>
    internal const int BinaryProbeBytes = 8192;

    /// <summary>
    /// Above this share of control characters the input is binary. Uniformly random bytes (compressed
    /// or encrypted data) have about 11% C0 controls; the text, HTML and JSONL we have seen have none
    /// outside tab, newline, carriage return and form feed. 5% leaves margin on both sides.
    /// </summary>
    internal const double MaxControlCharRatio = 0.05;

    /// <summary>
    /// How many non-empty lines are probed to call a text JSON Lines: enough to see past one odd
    /// first line, few enough to stay cheap on a large dump.
    /// </summary>
    internal const int JsonlProbeLines = 8;

    /// <summary>How much decompressed data is peeked at in a gzip file to see what it holds.</summary>
    private const int GzipPeekBytes = 64 * 1024;

    private static readonly (byte[] Magic, string Name)[] UnsupportedMagic =
    [
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (perhaps .docx, .odt or .epub)"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office document (.doc, .xls)"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
    ];

    /// <summary>Detects the format of <paramref name="content"/>.</summary>
    /// <param name="content">The bytes of the input.</param>
    /// <param name="source">The path the bytes came from; only its extension is used, to break ties.</param>
    public static FormatDetection Detect(ReadOnlySpan<byte> content, string? source = null) => Detect(content, source, null);

    /// <summary>
    /// Detects the format, with the charset a transport declared (an HTTP Content-Type header in a
    /// WARC record): as in browsers it overrides a meta tag, and a byte-order mark overrides it.
    /// </summary>
    internal static FormatDetection Detect(ReadOnlySpan<byte> content, string? source, string? transportCharset)
    {
        var extension = ExtensionOf(source);
        if (content.IsEmpty)
        {
            return FormatDetection.Rejected("empty file");
        }

        var head = content[..Math.Min(content.Length, SniffBytes)];
        if (IsPdf(content, head))
        {
            return new FormatDetection { Format = DocumentFormat.Pdf };
        }

        if (content.StartsWith("WARC/1."u8))
        {
            return new FormatDetection { Format = DocumentFormat.Warc };
        }

        if (content.Length >= 2 && content[0] == 0x1F && content[1] == 0x8B)
        {
            return GzipHoldsWarc(content)
                ? new FormatDetection { Format = DocumentFormat.Warc }
                : FormatDetection.Rejected("gzip-compressed file: decompress it first (gunzip), then analyse the result");
        }

        foreach (var (magic, name) in UnsupportedMagic)
        {
            if (content.StartsWith(magic))
            {
                return FormatDetection.Rejected($"unknown format: {name} is not supported");
            }
        }

        var warnings = new List<string>();
        string text;
        var (bomEncoding, bomLength) = ByteOrderMark(content);
        if (bomEncoding is not null && bomEncoding is not UTF8Encoding)
        {
            try
            {
                text = bomEncoding.GetString(content[bomLength..]);
            }
            catch (DecoderFallbackException)
            {
                return FormatDetection.Rejected($"invalid {bomEncoding.WebName.ToUpperInvariant()} text (the byte-order mark says {bomEncoding.WebName.ToUpperInvariant()})");
            }

            if (ControlCharRatio(text.AsSpan(0, Math.Min(text.Length, BinaryProbeBytes))) > MaxControlCharRatio)
            {
                return FormatDetection.Rejected("binary file, not a supported format");
            }
        }
        else
        {
            var body = content[bomLength..];
            if (LooksBinary(body[..Math.Min(body.Length, BinaryProbeBytes)]))
            {
                return FormatDetection.Rejected("binary file, not a supported format");
            }

            var probe = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
            var isHtml = LooksLikeHtml(probe, extension);
            var encoding = (Encoding)new UTF8Encoding(false);
            var declared = false;
            if (isHtml && bomLength == 0 && (transportCharset ?? DeclaredCharset(probe)) is { } charset)
            {
                declared = true;
                if (ResolveCharset(charset) is { } resolved)
                {
                    encoding = resolved;
                }
                else
                {
                    warnings.Add($"unknown charset \"{charset}\"; read as UTF-8");
                }
            }

            if (encoding is UTF8Encoding)
            {
                var invalid = Utf8Validation.FirstInvalidByte(body);
                if (invalid >= 0 && !isHtml)
                {
                    return FormatDetection.Rejected($"invalid UTF-8 at byte {invalid + bomLength} (the file is not UTF-8 text; convert it, e.g. with iconv)");
                }

                if (invalid >= 0)
                {
                    var (bad, good) = Utf8Validation.CountSequences(body);
                    if (declared || bomLength > 0 || good > bad)
                    {
                        // A UTF-8 page with stray bytes: browsers show U+FFFD for them, and so do we.
                        warnings.Add($"invalid UTF-8 at byte {invalid + bomLength} ({bad} bad sequence(s) replaced with U+FFFD)");
                    }
                    else
                    {
                        // Browsers read undeclared legacy pages as windows-1252; so do we, and say so.
                        encoding = Windows1252;
                        warnings.Add($"no charset declared and not valid UTF-8 (byte {invalid}); read as windows-1252");
                    }
                }
            }

            text = encoding.GetString(body);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return FormatDetection.Rejected("empty file (only whitespace)");
        }

        return Classify(text, extension, warnings);
    }

    private static FormatDetection Classify(string text, string extension, List<string> warnings)
    {
        var start = text.AsSpan().TrimStart();
        if (start[0] == '{' && LooksLikeJsonl(text, extension))
        {
            return new FormatDetection { Format = DocumentFormat.Jsonl, Text = text, Warnings = warnings };
        }

        var probe = text.Length > SniffBytes ? text[..SniffBytes] : text;
        if (LooksLikeHtml(probe, extension))
        {
            return new FormatDetection { Format = DocumentFormat.Html, Text = text, Warnings = warnings };
        }

        if (start.StartsWith("<?xml", StringComparison.Ordinal) || XmlFeedStart().IsMatch(probe))
        {
            return FormatDetection.Rejected("unknown format: XML that is not HTML (RSS and Atom feeds are not supported)");
        }

        if ((start[0] == '{' || start[0] == '[') && IsJsonDocument(text))
        {
            return FormatDetection.Rejected(
                "unknown format: a JSON document, not JSON Lines (write one object with a \"text\" field per line)");
        }

        return new FormatDetection
        {
            Format = DocumentFormat.Text,
            IsMarkdown = LooksLikeMarkdown(text, extension),
            Text = text,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// PDF readers accept the header anywhere in the first KB (after junk some generators
    /// prepend); away from the start it must be backed by the end-of-file marker, so that a text
    /// that merely mentions "%PDF-1.7" is not taken for a PDF.
    /// </summary>
    private static bool IsPdf(ReadOnlySpan<byte> content, ReadOnlySpan<byte> head)
    {
        var at = head.IndexOf("%PDF-"u8);
        return at == 0 || (at > 0 && content[Math.Max(0, content.Length - SniffBytes)..].IndexOf("%%EOF"u8) >= 0);
    }

    private static string ExtensionOf(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return "";
        }

        // A JSONL row's source is path:line; the extension is the path's.
        return Path.GetExtension(source).ToLowerInvariant();
    }

    private static (Encoding? Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    private static bool LooksBinary(ReadOnlySpan<byte> probe)
    {
        if (probe.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in probe)
        {
            if (IsSuspectControl((char)b))
            {
                controls++;
            }
        }

        return probe.Length > 0 && (double)controls / probe.Length > MaxControlCharRatio;
    }

    private static double ControlCharRatio(ReadOnlySpan<char> probe)
    {
        var controls = 0;
        foreach (var c in probe)
        {
            if (c == '\0' || IsSuspectControl(c))
            {
                controls++;
            }
        }

        return probe.Length == 0 ? 0 : (double)controls / probe.Length;
    }

    private static bool IsSuspectControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001B')) || c == 0x7F;

    private static bool GzipHoldsWarc(ReadOnlySpan<byte> content)
    {
        var compressed = content[..Math.Min(content.Length, GzipPeekBytes)].ToArray();
        var buffer = new byte[7];
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var read = 0;
            int n;
            while (read < buffer.Length && (n = gzip.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            return read == buffer.Length && buffer.AsSpan().SequenceEqual("WARC/1."u8);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return false;
        }
    }

    private static bool LooksLikeHtml(string probe, string extension)
    {
        var start = probe.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return false;
        }

        if (start.StartsWith("<?xml", StringComparison.Ordinal) || XmlFeedStart().IsMatch(probe))
        {
            // XML feeds share tag names with HTML (title, link); only XHTML counts.
            return HtmlRoot().IsMatch(probe);
        }

        if (start[0] == '<' && HtmlTag().IsMatch(probe))
        {
            return true;
        }

        // Tie-breaker: a page fragment that does not open with a tag, named .html.
        return extension is ".html" or ".htm" or ".xhtml" && HtmlTag().IsMatch(probe);
    }

    private static string? DeclaredCharset(string probe)
    {
        var match = MetaCharset().Match(probe);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? ResolveCharset(string charset)
    {
        var name = charset.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return new UTF8Encoding(false);

            // The HTML standard maps these labels to windows-1252; a page that says latin1 means it.
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;

            // A page cannot be UTF-16 without a byte-order mark; the standard reads it as UTF-8.
            case "utf-16" or "utf-16le" or "utf-16be" or "utf-32":
                return new UTF8Encoding(false);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    internal static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private static bool LooksLikeJsonl(string text, string extension)
    {
        var probed = 0;
        var withText = 0;
        foreach (var rawLine in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(rawLine).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] != '{')
            {
                return false;
            }

            if (JsonlLine.IsObjectWithText(line))
            {
                withText++;
            }

            if (++probed == JsonlProbeLines)
            {
                break;
            }
        }

        // A row may be broken (it is then reported on its own line), so one good row is enough
        // when every probed line opens an object; the extension vouches when none is good.
        return withText > 0 || extension is ".jsonl" or ".ndjson";
    }

    private static bool IsJsonDocument(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool LooksLikeMarkdown(string text, string extension)
    {
        if (extension is ".md" or ".markdown" or ".mdown" or ".mkd")
        {
            return true;
        }

        if (extension is ".txt" or ".text")
        {
            return false;
        }

        var probe = text.Length > BinaryProbeBytes ? text[..BinaryProbeBytes] : text;
        return MarkdownHeadingAtStart().IsMatch(probe) || MarkdownLink().IsMatch(probe);
    }

    [GeneratedRegex(@"<(!doctype\s+html|html|head|body|title|meta|link|p|div|article|main|section|h[1-6]|br|table|span|a|script|style)[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<(!doctype\s+html|html)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlRoot();

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<(rss|feed|rdf:RDF)[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex XmlFeedStart();

    [GeneratedRegex(@"\A\s*(#{1,6}[ \t]+\S|[^\n]+\n=+[ \t]*\n)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeadingAtStart();

    [GeneratedRegex(@"\[[^\]\n]+\]\((https?://|/|#)[^)\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
