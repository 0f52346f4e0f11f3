using System.Diagnostics.CodeAnalysis;

namespace Stemma.Sources;

/// <summary>One item read by <see cref="SourceReader"/>: either the bytes of an input or why it could not be read.</summary>
public sealed record SourceReadResult
{
    private SourceReadResult(SourceInput? input, SourceError? error)
    {
        Input = input;
        Error = error;
    }

    /// <summary>The bytes read, when <see cref="IsSuccess"/>.</summary>
    public SourceInput? Input { get; }

    /// <summary>Why the input could not be read, when not <see cref="IsSuccess"/>.</summary>
    public SourceError? Error { get; }

    /// <summary>Whether the input was read.</summary>
    [MemberNotNullWhen(true, nameof(Input))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Input is not null;

    /// <summary>The path or URI this result is about, whichever case it is.</summary>
    public string Source => Input?.Source ?? Error!.Source;

    /// <summary>A result carrying the bytes read.</summary>
    public static SourceReadResult Success(SourceInput input) =>
        new(input ?? throw new ArgumentNullException(nameof(input)), null);

    /// <summary>A result carrying a read failure.</summary>
    public static SourceReadResult Failure(SourceError error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Wraps an input.</summary>
    public static implicit operator SourceReadResult(SourceInput input) => Success(input);

    /// <summary>Wraps an error.</summary>
    public static implicit operator SourceReadResult(SourceError error) => Failure(error);
}
