using System.Globalization;
using System.Text;
using Sozialinfo.Knowledge.Features.Content.Import;

namespace Sozialinfo.Knowledge.Web.Commands;

/// <summary>The import summary for the console, in German and English.</summary>
internal static class ImportSummary
{
    public static string Format(ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Import: {report.Folder}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  importiert / imported:     {report.Imported}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  aktualisiert / updated:    {report.Updated}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  unverändert / unchanged:   {report.Unchanged}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  abgewiesen / rejected:     {report.Rejected.Count}");
        foreach (var line in report.Rejected.SelectMany(r => r.Lines))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {line}");
        }

        text.AppendLine(report.Rejected.Count == 0
            ? "Alle Dateien übernommen. / All files imported."
            : "Abgewiesene Dateien wurden nicht importiert. / Rejected files were not imported.");
        return text.ToString();
    }
}
