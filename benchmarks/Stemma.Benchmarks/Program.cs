using BenchmarkDotNet.Running;
using Stemma.Benchmarks;

if (args.Length > 0 && args[0] == "throughput")
{
    Throughput.Run();
    return;
}

if (args.Length > 0 && args[0] == "collation")
{
    CollationBenchmarks.Measure();
    return;
}

if (args.Length > 1 && args[0] == "fingerprint")
{
    CorpusFingerprinting.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args.Length > 0 && args[0] == "trace")
{
    Trace.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "extraction")
{
    ExtractionThroughput.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(HashBenchmarks).Assembly).Run(args);
