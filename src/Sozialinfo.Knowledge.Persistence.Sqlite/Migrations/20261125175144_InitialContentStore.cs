using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sozialinfo.Knowledge.Persistence.Sqlite.Migrations
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
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentTypeAlias = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdateDate = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UrlSegment = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PropertiesJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PublishedUrlSegment = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PublishedPropertiesJson = table.Column<string>(type: "TEXT", nullable: true),
                    PublishDate = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UrlSegment = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PropertiesJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreateDate = table.Column<long>(type: "INTEGER", nullable: false),
                    IsPublishedVersion = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreateDate = table.Column<long>(type: "INTEGER", nullable: false)
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
