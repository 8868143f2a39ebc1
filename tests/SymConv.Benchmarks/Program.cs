using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/SymConv.Benchmarks -- --filter '*'` runs them all;
// `-- profile` times the single-thread stages over all of W4 with a stopwatch instead.
if (args is ["profile", ..])
{
    SymConv.Benchmarks.StageProfile.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SymConv.Benchmarks.Workloads).Assembly).Run(args);
