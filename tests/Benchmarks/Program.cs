using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'
// The PostgreSQL rows need SAFETYBOT_TEST_POSTGRES (source scripts/lib/postgres.sh; start_test_postgres).
BenchmarkSwitcher.FromAssembly(typeof(SafetyBot.Benchmarks.StoreBenchmarks).Assembly).Run(args);
