using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ChatOps.Drafting.Benchmarks.DraftingPipelineBenchmarks).Assembly).Run(args);
