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

BenchmarkSwitcher.FromAssembly(typeof(HashBenchmarks).Assembly).Run(args);
