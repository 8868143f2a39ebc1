namespace SymConv.Tests.Support;

/// <summary>Tests in this collection run alone, so counting the process's allocated bytes counts only the test.</summary>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public sealed class AllocationCounting;
