namespace Stemma.Reporting;

/// <summary>One way of presenting an <see cref="AnalysisReport"/> (JSON, terminal, HTML).</summary>
public abstract class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public abstract void Write(AnalysisReport report, TextWriter output, CancellationToken cancellationToken = default);
}
