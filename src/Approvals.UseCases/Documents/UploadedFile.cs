namespace Approvals.UseCases.Documents;

/// <summary>A file as a request brings it, before inspection.</summary>
public sealed record UploadedFile(Stream Content, string? FileName);
