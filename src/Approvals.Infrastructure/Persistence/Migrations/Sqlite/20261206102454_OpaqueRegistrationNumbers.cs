using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpaqueRegistrationNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NamedRegistrationDistrictCode",
                table: "Applications",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            // Cases saved before numbers became opaque: the registry says where the registration they name is held.
            migrationBuilder.Sql(
                "UPDATE \"Applications\" SET \"NamedRegistrationDistrictCode\" = (SELECT r.\"DistrictCode\" FROM \"Registrations\" r WHERE r.\"Number\" = \"Applications\".\"RegistrationNumber\") WHERE \"RegistrationNumber\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NamedRegistrationDistrictCode",
                table: "Applications");
        }
    }
}
