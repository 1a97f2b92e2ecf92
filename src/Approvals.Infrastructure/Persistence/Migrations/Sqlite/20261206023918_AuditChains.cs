using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Journal_InstanceId",
                table: "Journal");

            migrationBuilder.AddColumn<string>(
                name: "ChainHead",
                table: "WorkflowInstances",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainLength",
                table: "WorkflowInstances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "RegistryReadLog",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "RegistryReadLog",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "RegistryReadLog",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "Journal",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "Journal",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainSequence",
                table: "Journal",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "HumanTasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainPrevious",
                table: "HumanTasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainSequence",
                table: "HumanTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Chain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Head = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Chain);
                });

            migrationBuilder.CreateTable(
                name: "RegistryWrites",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Previous = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryWrites", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Chain", "Head", "Length" },
                values: new object[,]
                {
                    { "registry-reads", null, 0L },
                    { "registry-writes", null, 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistryReadLog_ChainSequence",
                table: "RegistryReadLog",
                column: "ChainSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Journal_InstanceId_ChainSequence",
                table: "Journal",
                columns: new[] { "InstanceId", "ChainSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistryWrites_RecordId",
                table: "RegistryWrites",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryWrites_Sequence",
                table: "RegistryWrites",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "RegistryWrites");

            migrationBuilder.DropIndex(
                name: "IX_RegistryReadLog_ChainSequence",
                table: "RegistryReadLog");

            migrationBuilder.DropIndex(
                name: "IX_Journal_InstanceId_ChainSequence",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "ChainHead",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ChainLength",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "RegistryReadLog");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "RegistryReadLog");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "RegistryReadLog");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "HumanTasks");

            migrationBuilder.DropColumn(
                name: "ChainPrevious",
                table: "HumanTasks");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "HumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_Journal_InstanceId",
                table: "Journal",
                column: "InstanceId");
        }
    }
}
