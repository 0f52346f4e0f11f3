using BenchmarkDotNet.Running;
using Stemma.Benchmarks;

if (args.Length > 0 && args[0] == "throughput")
{
    Throughput.Run();
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
