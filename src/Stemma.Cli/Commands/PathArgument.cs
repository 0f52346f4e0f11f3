using System.CommandLine;

namespace Stemma.Cli.Commands;

/// <summary>The <c>PATH...</c> argument shared by the commands that read articles.</summary>
internal static class PathArgument
{
    /// <summary>Files, directories or <c>-</c>; an unknown option is a usage error, not a file name.</summary>
    public static Argument<string[]> Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };

        // A path argument takes any word, so an option misspelt would otherwise be read as a file name.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-"))
            {
                result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
            }
        });
        return paths;
    }
}
