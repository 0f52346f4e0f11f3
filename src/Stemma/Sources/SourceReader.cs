namespace Stemma.Sources;

/// <summary>
/// Expands the paths a user named (files, directories, <c>-</c> for standard input) into the bytes
/// of each input, lazily and in a stable order. A path that cannot be read becomes a
/// <see cref="SourceError"/>; nothing here throws for a user's mistake.
/// </summary>
public sealed class SourceReader
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInputPath = "-";

    private readonly SourceReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Settings; <see cref="SourceReaderOptions.Default"/> when null.</param>
    public SourceReader(SourceReaderOptions? options = null)
    {
        _options = options ?? SourceReaderOptions.Default;
        if (_options.MaxFileBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), _options.MaxFileBytes, "MaxFileBytes must be positive (the default is 512 MiB).");
        }
    }

    /// <summary>
    /// Reads every input named by <paramref name="paths"/>, in the order given. A directory
    /// yields its files recursively, sorted by ordinal path, skipping hidden files and
    /// directories (names starting with a dot).
    /// </summary>
    /// <param name="paths">Files, directories, or <c>-</c> for <paramref name="standardInput"/>.</param>
    /// <param name="standardInput">What <c>-</c> reads; null when there is none.</param>
    /// <param name="cancellationToken">Stops the enumeration between inputs.</param>
    public IEnumerable<SourceReadResult> Read(
        IEnumerable<string> paths, Stream? standardInput = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var stdinRead = false;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == StandardInputPath)
            {
                yield return ReadStandardInput(standardInput, stdinRead);
                stdinRead = true;
                continue;
            }

            if (string.IsNullOrWhiteSpace(path))
            {
                yield return new SourceError(path ?? "", "empty path");
                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var result in ReadDirectory(path, cancellationToken))
                {
                    yield return result;
                }

                continue;
            }

            yield return ReadFile(path);
        }
    }

    private SourceReadResult ReadStandardInput(Stream? standardInput, bool alreadyRead)
    {
        if (standardInput is null)
        {
            return new SourceError(StandardInputPath, "standard input is not available");
        }

        if (alreadyRead)
        {
            return new SourceError(StandardInputPath, "standard input was named more than once; it can be read only once");
        }

        try
        {
            // A WARC archive on standard input is streamed like a WARC file: only its first bytes
            // are read here, for format detection; the rest is read record by record.
            var head = new byte[WarcSniffer.ProbeBytes];
            var got = standardInput.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..got];
            if (WarcSniffer.IsWarc(head))
            {
                var opened = false;
                return new SourceInput(StandardInputPath, head)
                {
                    Open = () =>
                    {
                        if (opened)
                        {
                            throw new IOException("standard input can be read only once");
                        }

                        opened = true;
                        return new PrefixedStream(head, standardInput);
                    },
                };
            }

            using var buffer = new MemoryStream();
            buffer.Write(head);
            var chunk = new byte[81920];
            int read;
            while ((read = standardInput.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > _options.MaxFileBytes)
                {
                    return new SourceError(StandardInputPath, TooLarge(buffer.Length + read));
                }

                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length > _options.MaxFileBytes)
            {
                return new SourceError(StandardInputPath, TooLarge(buffer.Length));
            }

            return new SourceInput(StandardInputPath, buffer.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return new SourceError(StandardInputPath, DescribeFailure(ex));
        }
    }

    private SourceReadResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new SourceError(path, "no such file or directory");
            }

            // A WARC archive is streamed record by record, so neither its size nor memory limits it:
            // only its first bytes are read here, for format detection.
            var head = ReadHead(path, (int)Math.Min(info.Length, WarcSniffer.ProbeBytes));
            if (WarcSniffer.IsWarc(head))
            {
                return new SourceInput(path, head) { Open = () => File.OpenRead(path) };
            }

            if (info.Length > _options.MaxFileBytes)
            {
                return new SourceError(path, TooLarge(info.Length));
            }

            return new SourceInput(path, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return new SourceError(path, DescribeFailure(ex));
        }
    }

    private static byte[] ReadHead(string path, int count)
    {
        using var file = File.OpenRead(path);
        var head = new byte[count];
        var read = 0;
        int n;
        while (read < count && (n = file.Read(head, read, count - read)) > 0)
        {
            read += n;
        }

        return read == count ? head : head[..read];
    }

    private IEnumerable<SourceReadResult> ReadDirectory(string root, CancellationToken cancellationToken)
    {
        // Listed in full before reading so that the order is the sorted order of the whole tree,
        // not the order the file system hands out.
        var entries = new List<(string Path, string? Problem)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        ListDirectory(root, entries, visited, cancellationToken);
        if (entries.Count == 0)
        {
            yield return new SourceError(root, "directory contains no files (hidden files are skipped)");
            yield break;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var (path, problem) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return problem is null ? ReadFile(path) : new SourceError(path, problem);
        }
    }

    private static void ListDirectory(
        string directory, List<(string Path, string? Problem)> entries, HashSet<string> visited, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string[] files;
        string[] subdirectories;
        try
        {
            var info = new DirectoryInfo(directory);
            var real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            if (!visited.Add(Path.TrimEndingDirectorySeparator(real)))
            {
                return; // A symbolic link back into a directory already listed: following it would loop.
            }

            files = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            entries.Add((directory, DescribeFailure(ex)));
            return;
        }

        foreach (var file in files)
        {
            if (!IsHidden(file))
            {
                entries.Add((file, null));
            }
        }

        foreach (var subdirectory in subdirectories)
        {
            if (!IsHidden(subdirectory))
            {
                ListDirectory(subdirectory, entries, visited, cancellationToken);
            }
        }
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    private string TooLarge(long length) =>
        $"file too large ({length} bytes; the limit is {_options.MaxFileBytes} bytes)";

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException;

    /// <summary>Turns a read failure into words a user can act on.</summary>
    internal static string DescribeFailure(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        PathTooLongException => "path too long",
        ArgumentException or NotSupportedException => $"not a valid path ({ex.Message})",
        IOException => $"could not read: {ex.Message}",
        _ => $"could not read: {ex.Message}",
    };
}
