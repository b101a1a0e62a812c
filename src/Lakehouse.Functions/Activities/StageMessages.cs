using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;

namespace Lakehouse.Functions.Activities;

// Messages between the orchestrations and the stage activities. They live in orchestration history, so they carry
// references (keys, ids, counts) and value-free findings — never rows, bytes or personal data.

/// <summary>Input of <see cref="RegisterObjectActivity"/>.</summary>
public sealed record RegisterObjectInput(string RunId, string Bucket, string Key, string? Dataset);

/// <summary>Result of <see cref="RegisterObjectActivity"/>: the catalog id and what to do with the object.</summary>
public sealed record RegisterObjectResult(long ObjectId, string? Dataset, ObjectStatus Status, long? DuplicateOf, long Size);

/// <summary>Input of the transform, validate and load activities.</summary>
public sealed record ObjectStageInput(string RunId, long ObjectId);

/// <summary>Result of <see cref="TransformObjectActivity"/>.</summary>
public sealed record TransformObjectResult(string SilverKey, string? QuarantineKey, long RowsRead, long RowsWritten, long RowsQuarantined, IReadOnlyList<Finding> Findings);

/// <summary>Result of <see cref="ValidateObjectActivity"/>; <paramref name="Error"/> says why a rejected object is not loaded.</summary>
public sealed record ValidateObjectResult(bool Passed, string ReportKey, IReadOnlyList<Finding> Findings, string? Error);

/// <summary>Result of <see cref="ValidateTableActivity"/>: the expectations evaluated so far, met or not (value-free).</summary>
public sealed record ValidateTableResult(IReadOnlyList<ExpectationResult> Results);

/// <summary>Input of <see cref="ValidateReferencesAndLoadActivity"/>: the object and what <see cref="ValidateTableActivity"/> found.</summary>
public sealed record ValidateReferencesInput(string RunId, long ObjectId, IReadOnlyList<ExpectationResult> TableResults);

/// <summary>
/// Result of <see cref="ValidateReferencesAndLoadActivity"/>: the validation's verdict and the rows loaded (0 when
/// <paramref name="Validated"/> did not pass: nothing was loaded).
/// </summary>
public sealed record ValidateAndLoadResult(ValidateObjectResult Validated, long RowsLoaded);

/// <summary>Result of <see cref="LoadObjectActivity"/>.</summary>
public sealed record LoadObjectResult(long RowsLoaded);

/// <summary>Input of <see cref="StartRunActivity"/>.</summary>
public sealed record StartRunInput(string RunId, string Kind, int Objects);

/// <summary>
/// Result of <see cref="StartRunActivity"/>: how many objects of the run transform and load at once
/// (<see cref="PipelineOptions"/>), recorded in the run's history so replays see the same figures.
/// </summary>
public sealed record StartRunResult(int MaxParallelTransforms, int MaxParallelLoads);

/// <summary>Input of <see cref="CompleteRunActivity"/>.</summary>
public sealed record CompleteRunInput(string RunId, int Succeeded, int Failed, int Skipped);

/// <summary>
/// Input of <see cref="FindUnprocessedObjectsActivity"/>: bronze objects under a prefix, optionally only those in the
/// <c>ingest_date=</c> partition of <paramref name="IngestDate"/>.
/// </summary>
public sealed record FindUnprocessedObjectsInput(string Prefix, DateOnly? IngestDate = null);
