using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Tables;
using IndexScorer.IO.Workbooks;
using IndexScorer.Text;

namespace IndexScorer.IO.Frameworks;

/// <summary>Reads a framework workbook (format in frameworks/README.md) and compiles it, with every problem at its cell.</summary>
internal static class FrameworkWorkbookReader
{
    /// <summary>Sheet names of the framework workbook.</summary>
    public static class Sheets
    {
        /// <summary>Settings.</summary>
        public const string Framework = "Khung";

        /// <summary>Unit groups.</summary>
        public const string Groups = "Nhóm đơn vị";

        /// <summary>Classification bands.</summary>
        public const string Bands = "Xếp loại";
    }

    /// <summary>Header names of each criteria-sheet column: Vietnamese first, then accepted aliases.</summary>
    public static readonly IReadOnlyDictionary<CriterionField, string[]> CriterionHeaders = new Dictionary<CriterionField, string[]>
    {
        [CriterionField.Code] = ["Mã", "Code", "Mã tiêu chí"],
        [CriterionField.Title] = ["Nội dung", "Title", "Tiêu chí"],
        [CriterionField.MaxPoints] = ["Điểm tối đa", "Max", "Maximum"],
        [CriterionField.Section] = ["Phần", "Section"],
        [CriterionField.Source] = ["Nguồn điểm", "Source"],
        [CriterionField.Rule] = ["Quy tắc chấm", "Rule", "Quy tắc"],
        [CriterionField.NotApplicable] = ["Không phát sinh", "N/A", "NA"],
        [CriterionField.Weight] = ["Trọng số", "Weight"],
        [CriterionField.Guidance] = ["Hướng dẫn chấm điểm", "Guidance", "Hướng dẫn"],
        [CriterionField.Evidence] = ["Tài liệu kiểm chứng", "Evidence"],
        [CriterionField.EvidenceRequired] = ["Bắt buộc kiểm chứng", "Evidence required"],
        [CriterionField.AppraisingBody] = ["Cơ quan thẩm định", "Appraising body", "Appraised by"],
    };

    private enum GroupColumn { Code, Name, Sheet, Scale, Survey, TieBreakers }

    private static readonly IReadOnlyDictionary<GroupColumn, string[]> GroupHeaders = new Dictionary<GroupColumn, string[]>
    {
        [GroupColumn.Code] = ["Mã nhóm", "Group"],
        [GroupColumn.Name] = ["Tên nhóm", "Name"],
        [GroupColumn.Sheet] = ["Sheet tiêu chí", "Criteria sheet"],
        [GroupColumn.Scale] = ["Tổng điểm thang", "Scale total"],
        [GroupColumn.Survey] = ["Điều tra XHH", "Survey"],
        [GroupColumn.TieBreakers] = ["Phân định đồng hạng", "Tie-breakers"],
    };

    private enum BandColumn { Group, Label, Minimum }

    private static readonly IReadOnlyDictionary<BandColumn, string[]> BandHeaders = new Dictionary<BandColumn, string[]>
    {
        [BandColumn.Group] = ["Mã nhóm", "Group"],
        [BandColumn.Label] = ["Xếp loại", "Band"],
        [BandColumn.Minimum] = ["Từ %", "From %", "Từ"],
    };

    private static readonly (string Key, string[] Names)[] Settings =
    [
        ("id", ["Mã khung", "Id"]), ("name", ["Tên khung", "Name"]), ("year", ["Năm", "Year"]),
        ("version", ["Phiên bản", "Version"]), ("note", ["Ghi chú", "Note"]), ("na", ["Không phát sinh mặc định", "Default N/A"]),
    ];

    /// <summary>Reads and compiles the framework; null when it has errors (all in <paramref name="diagnostics"/>).</summary>
    /// <param name="path">The workbook's path.</param>
    /// <param name="displayName">How messages name the file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static Framework? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        using var workbook = XlsxWorkbook.Open(path, displayName, diagnostics);
        if (workbook is null) return null;
        var errors = diagnostics.ErrorCount;
        var settingsSheet = workbook.Sheet(Sheets.Framework, diagnostics);
        var groupSheet = workbook.Sheet(Sheets.Groups, diagnostics);
        var bandSheet = workbook.Sheet(Sheets.Bands, diagnostics);
        if (settingsSheet is null || groupSheet is null || bandSheet is null) return null;

        var settings = ReadSettings(settingsSheet, displayName, diagnostics);
        var groups = ReadGroups(workbook, groupSheet, displayName, diagnostics);
        var bands = ReadBands(bandSheet, displayName, diagnostics);
        if (settings is null || groups is null || bands is null || diagnostics.ErrorCount > errors) return null;
        var definition = new FrameworkDefinition(settings["id"], settings["name"], settings["year"], settings["version"], settings["note"],
            settings["na"], groups, bands);
        return FrameworkCompiler.Compile(definition, diagnostics);
    }

    private static Dictionary<string, LocatedText>? ReadSettings(XlsxSheet sheet, string file, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, LocatedText>();
        for (var row = 1; row <= sheet.LastRow; row++)
        {
            var name = TextKey.Folded(sheet[row, 1].Text);
            foreach (var (key, names) in Settings)
            {
                if (names.Any(n => TextKey.Folded(n) == name) && !found.ContainsKey(key))
                    found[key] = new LocatedText(sheet[row, 2].Text, sheet.At(file, row, 2));
            }
        }
        foreach (var (key, names) in Settings)
        {
            if (found.ContainsKey(key)) continue;
            if (key is "note" or "na") found[key] = new LocatedText(string.Empty, new SourceLocation(file, sheet.Name));
            else diagnostics.Error("IO011", new SourceLocation(file, sheet.Name), names[0]);
        }
        return found.Count == Settings.Length ? found : null;
    }

    private static List<GroupDefinition>? ReadGroups(XlsxWorkbook workbook, XlsxSheet sheet, string file, DiagnosticBag diagnostics)
    {
        var rows = TableReader.Read(sheet, file, GroupHeaders, [GroupColumn.Code, GroupColumn.Name, GroupColumn.Sheet, GroupColumn.Scale], diagnostics);
        if (rows is null) return null;
        var groups = new List<GroupDefinition>();
        foreach (var row in rows)
        {
            var code = row[GroupColumn.Code];
            if (code.IsBlank) continue;
            var sheetName = row[GroupColumn.Sheet];
            if (!workbook.SheetNames.Any(s => TextKey.SameName(s, sheetName.Text)))
            {
                diagnostics.Error("IO012", sheetName.Location, code.Text, sheetName.Text);
                continue;
            }
            if (workbook.Sheet(sheetName.Text, diagnostics) is not { } criteriaSheet) continue;
            var criteria = TableReader.Read(criteriaSheet, file, CriterionHeaders,
                [CriterionField.Code, CriterionField.Title, CriterionField.MaxPoints, CriterionField.Rule], diagnostics);
            if (criteria is null) continue;
            groups.Add(new GroupDefinition(code, row[GroupColumn.Name], row[GroupColumn.Scale], row[GroupColumn.Survey], row[GroupColumn.TieBreakers],
                criteria.Select(c => new CriterionRow(c.Cells, c.Location)).ToList()));
        }
        return groups;
    }

    private static List<BandDefinition>? ReadBands(XlsxSheet sheet, string file, DiagnosticBag diagnostics) =>
        TableReader.Read(sheet, file, BandHeaders, [BandColumn.Label, BandColumn.Minimum], diagnostics)?
            .Where(row => !row[BandColumn.Label].IsBlank || !row[BandColumn.Minimum].IsBlank)
            .Select(row => new BandDefinition(row[BandColumn.Group], row[BandColumn.Label], row[BandColumn.Minimum]))
            .ToList();
}
