using System.Runtime.Versioning;
using System.Text;
using Stemma.Sources;

namespace Stemma.Tests.Sources;

public sealed class SourceReaderTests : IDisposable
{
    private static readonly EnumerationOptions LinksNotFollowed =
        new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    private readonly string _root = Directory.CreateTempSubdirectory("stemma-sources-").FullName;

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_root, "*", LinksNotFollowed))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_root, recursive: true);
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<SourceReadResult> Read(params string[] paths) => new SourceReader().Read(paths).ToList();

    [Fact]
    public void Reads_the_bytes_of_a_named_file_under_the_path_as_given()
    {
        var path = Write("one.txt", "Harbour news.");

        var result = Read(path).ShouldHaveSingleItem();

        result.IsSuccess.ShouldBeTrue();
        result.Input!.Source.ShouldBe(path);
        Encoding.UTF8.GetString(result.Input.Content).ShouldBe("Harbour news.");
    }

    [Fact]
    public void Expands_a_directory_recursively_in_ordinal_path_order()
    {
        Write("b.txt", "b");
        Write("a/z.txt", "az");
        Write("a/B.txt", "aB");
        Write("a.txt", "a");
        Write("c/d/e.txt", "cde");

        var sources = Read(_root).Select(r => Path.GetRelativePath(_root, r.Input!.Source)).ToList();

        sources.ShouldBe(["a.txt", "a/B.txt", "a/z.txt", "b.txt", "c/d/e.txt"]);
    }

    [Fact]
    public void Skips_hidden_files_and_directories_inside_a_directory()
    {
        Write("story.txt", "kept");
        Write(".draft.txt", "hidden file");
        Write(".git/config", "hidden directory");
        Write("sub/.cache/x.txt", "hidden nested directory");

        var sources = Read(_root).Select(r => Path.GetRelativePath(_root, r.Source)).ToList();

        sources.ShouldBe(["story.txt"]);
    }

    [Fact]
    public void Reads_a_hidden_file_the_user_names_explicitly()
    {
        var path = Write(".draft.txt", "asked for");

        Read(path).ShouldHaveSingleItem().IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it_and_the_others_are_still_read()
    {
        var missing = Path.Combine(_root, "nowhere.txt");
        var present = Write("here.txt", "x");

        var results = Read(missing, present);

        results.Count.ShouldBe(2);
        results[0].IsSuccess.ShouldBeFalse();
        results[0].Error!.Source.ShouldBe(missing);
        results[0].Error!.Message.ShouldBe("no such file or directory");
        results[1].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void An_empty_directory_is_reported_not_silently_skipped()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        Write("empty/.hidden", "x");

        var error = Read(Path.Combine(_root, "empty")).ShouldHaveSingleItem().Error.ShouldNotBeNull();

        error.Message.ShouldContain("no files");
    }

    [RequiresUnreadableFilesFact]
    [UnsupportedOSPlatform("windows")]
    public void An_unreadable_file_is_an_error_saying_permission_denied()
    {
        var path = Write("secret.txt", "x");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var error = Read(path).ShouldHaveSingleItem().Error.ShouldNotBeNull();

        error.Source.ShouldBe(path);
        error.Message.ShouldBe("permission denied");
    }

    [RequiresUnreadableFilesFact]
    [UnsupportedOSPlatform("windows")]
    public void An_unreadable_subdirectory_is_an_error_and_its_siblings_are_still_read()
    {
        Write("locked/inside.txt", "x");
        Write("open/visible.txt", "y");
        File.SetUnixFileMode(Path.Combine(_root, "locked"), UnixFileMode.None);

        var results = Read(_root);

        results.Count.ShouldBe(2);
        results[0].Error.ShouldNotBeNull().Message.ShouldBe("permission denied");
        results[1].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Access_denied_is_described_in_plain_words()
    {
        // The chmod tests cannot run as root; this pins the wording they check for everyone.
        SourceReader.DescribeFailure(new UnauthorizedAccessException("Access to the path '/x' is denied.")).ShouldBe("permission denied");
        SourceReader.DescribeFailure(new DirectoryNotFoundException("Could not find a part of the path.")).ShouldBe("no such file or directory");
        SourceReader.DescribeFailure(new IOException("Input/output error")).ShouldBe("could not read: Input/output error");
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        using var stdin = new MemoryStream("From a pipe."u8.ToArray());

        var result = new SourceReader().Read(["-"], stdin).ToList().ShouldHaveSingleItem();

        result.Input.ShouldNotBeNull().Source.ShouldBe("-");
        Encoding.UTF8.GetString(result.Input.Content).ShouldBe("From a pipe.");
    }

    [Fact]
    public void Dash_without_standard_input_is_an_error()
    {
        new SourceReader().Read(["-"]).ToList().ShouldHaveSingleItem().Error.ShouldNotBeNull().Message
            .ShouldBe("standard input is not available");
    }

    [Fact]
    public void Dash_named_twice_is_an_error_the_second_time()
    {
        using var stdin = new MemoryStream("once"u8.ToArray());

        var results = new SourceReader().Read(["-", "-"], stdin).ToList();

        results[0].IsSuccess.ShouldBeTrue();
        results[1].Error.ShouldNotBeNull().Message.ShouldContain("more than once");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_stating_both_sizes()
    {
        var path = Write("big.txt", new string('x', 100));

        var error = new SourceReader(new SourceReaderOptions { MaxFileBytes = 10 }).Read([path]).ToList()
            .ShouldHaveSingleItem().Error.ShouldNotBeNull();

        error.Message.ShouldBe("file too large (100 bytes; the limit is 10 bytes)");
    }

    [Fact]
    public void A_non_positive_size_limit_is_refused_with_the_default_named()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SourceReader(new SourceReaderOptions { MaxFileBytes = 0 }))
            .Message.ShouldContain("512 MiB");
    }

    [Fact]
    public void Does_not_follow_a_symbolic_link_loop_forever()
    {
        Write("loop/story.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop", "again"), Path.Combine(_root, "loop"));

        var sources = Read(_root).Select(r => Path.GetRelativePath(_root, r.Source)).ToList();

        sources.ShouldBe(["loop/story.txt"]);
    }
}
