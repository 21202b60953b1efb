using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Sitrep.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.StageBenchmarks).Assembly).Run(args);
