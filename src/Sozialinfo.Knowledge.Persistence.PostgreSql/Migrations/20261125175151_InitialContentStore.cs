using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sozialinfo.Knowledge.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialContentStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentNodes",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentKey = table.Column<Guid>(type: "uuid", nullable: true),
                    ContentTypeAlias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    CreateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentNodes", x => x.Key);
                    table.ForeignKey(
                        name: "FK_ContentNodes_ContentNodes_ParentKey",
                        column: x => x.ParentKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContentVariants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UrlSegment = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PropertiesJson = table.Column<string>(type: "text", nullable: false),
                    UpdateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PublishedUrlSegment = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PublishedPropertiesJson = table.Column<string>(type: "text", nullable: true),
                    PublishDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentVariants_ContentNodes_NodeKey",
                        column: x => x.NodeKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UrlSegment = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PropertiesJson = table.Column<string>(type: "text", nullable: false),
                    CreateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsPublishedVersion = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentVersions_ContentNodes_NodeKey",
                        column: x => x.NodeKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedirectUrls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    CreateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedirectUrls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedirectUrls_ContentNodes_NodeKey",
                        column: x => x.NodeKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentNodes_ParentKey",
                table: "ContentNodes",
                column: "ParentKey");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariants_NodeKey_Culture",
                table: "ContentVariants",
                columns: new[] { "NodeKey", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_NodeKey_Culture_VersionNumber",
                table: "ContentVersions",
                columns: new[] { "NodeKey", "Culture", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedirectUrls_Culture_Path",
                table: "RedirectUrls",
                columns: new[] { "Culture", "Path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedirectUrls_NodeKey",
                table: "RedirectUrls",
                column: "NodeKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentVariants");

            migrationBuilder.DropTable(
                name: "ContentVersions");

            migrationBuilder.DropTable(
                name: "RedirectUrls");

            migrationBuilder.DropTable(
                name: "ContentNodes");
        }
    }
}
