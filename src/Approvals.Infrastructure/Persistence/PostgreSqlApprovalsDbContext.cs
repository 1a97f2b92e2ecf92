using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public sealed class PostgreSqlApprovalsDbContext(DbContextOptions<PostgreSqlApprovalsDbContext> options) : ApprovalsDbContext(options);
