namespace Approvals.LoadRun;

/// <summary>The endpoints a run calls, named by their route template in the printed table.</summary>
public static class Endpoints
{
    public const string Login = "POST /api/auth/login";
    public const string CreateApplication = "POST /api/applications";
    public const string UploadDocument = "POST /api/applications/{id}/documents";
    public const string Submit = "POST /api/applications/{id}/submit";
    public const string Inbox = "GET /api/tasks?unassigned=true";
    public const string Claim = "POST /api/tasks/{id}/claim";
    public const string Complete = "POST /api/tasks/{id}/complete";
}
