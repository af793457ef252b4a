using ClosedXML.Excel;

namespace IndexScorer.SampleMaker;

/// <summary>
/// Writes a framework workbook in the format of frameworks/README.md: sheets Khung, Nhóm đơn vị, one
/// criteria sheet per group and Xếp loại. Every text goes through SetValue&lt;string&gt; (a plain Value
/// assignment would turn "1.2" into a number); maxima, scale totals and band bounds are numbers.
/// Column widths are explicit (AdjustToContents needs libgdiplus).
/// </summary>
internal static class FrameworkWorkbookWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor FieldFill = XLColor.FromHtml("#F2F2F2");
    private static readonly XLColor SectionFill = XLColor.FromHtml("#FFF2CC");

    /// <summary>Criteria-sheet columns: header and width; wrapped columns hold long text.</summary>
    private static readonly (string Header, double Width, bool Wrap)[] CriteriaColumns =
    [
        ("Mã", 8, false),
        ("Nội dung", 52, true),
        ("Điểm tối đa", 10, false),
        ("Phần", 13, false),
        ("Nguồn điểm", 12, false),
        ("Quy tắc chấm", 52, true),
        ("Không phát sinh", 14, false),
        ("Trọng số", 9, false),
        ("Hướng dẫn chấm điểm", 56, true),
        ("Tài liệu kiểm chứng", 42, true),
        ("Bắt buộc kiểm chứng", 12, false),
    ];

    public static void Write(FrameworkContent content, string path)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "IndexScorer.SampleMaker";
        workbook.Properties.Title = content.Name;
        workbook.Properties.Comments = content.Note;

        WriteSettings(workbook.Worksheets.Add("Khung"), content);
        WriteGroups(workbook.Worksheets.Add("Nhóm đơn vị"), content);
        foreach (var group in content.Groups) WriteCriteria(workbook.Worksheets.Add(group.Sheet), group);
        WriteBands(workbook.Worksheets.Add("Xếp loại"), content);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        workbook.SaveAs(path);
    }

    private static void WriteSettings(IXLWorksheet sheet, FrameworkContent content)
    {
        Header(sheet, [("Thiết lập", 30, false), ("Giá trị", 90, true)]);
        var rows = new (string Name, string Value)[]
        {
            ("Mã khung", content.Id),
            ("Tên khung", content.Name),
            ("Năm", content.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Phiên bản", content.Version),
            ("Ghi chú", content.Note),
            ("Không phát sinh mặc định", content.DefaultNotApplicable),
        };
        var row = 2;
        foreach (var (name, value) in rows)
        {
            sheet.Cell(row, 1).SetValue<string>(name);
            if (name == "Năm") sheet.Cell(row, 2).SetValue<int>(content.Year);
            else sheet.Cell(row, 2).SetValue<string>(value);
            sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            row++;
        }
    }

    private static void WriteGroups(IXLWorksheet sheet, FrameworkContent content)
    {
        Header(sheet,
        [
            ("Mã nhóm", 10, false), ("Tên nhóm", 36, true), ("Sheet tiêu chí", 16, false), ("Tổng điểm thang", 12, false),
            ("Điều tra XHH", 16, false), ("Phân định đồng hạng", 20, false),
        ]);
        var row = 2;
        foreach (var group in content.Groups)
        {
            sheet.Cell(row, 1).SetValue<string>(group.Code);
            sheet.Cell(row, 2).SetValue<string>(group.Name);
            sheet.Cell(row, 3).SetValue<string>(group.Sheet);
            sheet.Cell(row, 4).SetValue<decimal>(group.ScaleTotal);
            sheet.Cell(row, 5).SetValue<string>(group.Survey);
            if (group.TieBreakers.Length > 0) sheet.Cell(row, 6).SetValue<string>(group.TieBreakers);
            row++;
        }
    }

    private static void WriteCriteria(IXLWorksheet sheet, GroupContent group)
    {
        Header(sheet, CriteriaColumns);
        var row = 2;
        foreach (var item in group.Rows)
        {
            Text(sheet.Cell(row, 1), item.Code);
            Text(sheet.Cell(row, 2), item.Title);
            sheet.Cell(row, 3).SetValue<decimal>(item.Max);
            Text(sheet.Cell(row, 4), item.Section);
            Text(sheet.Cell(row, 5), item.Source);
            Text(sheet.Cell(row, 6), item.Rule);
            Text(sheet.Cell(row, 7), item.NotApplicable);
            Text(sheet.Cell(row, 9), item.Guidance);
            Text(sheet.Cell(row, 10), item.Evidence);
            Text(sheet.Cell(row, 11), item.EvidenceRequired);

            var line = sheet.Range(row, 1, row, CriteriaColumns.Length);
            line.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var depth = item.Code.Split('.').Length;
            if (depth == 1)
            {
                line.Style.Font.Bold = true;
                line.Style.Fill.BackgroundColor = item.Section is null ? FieldFill : SectionFill;
            }
            else if (depth >= 3)
            {
                sheet.Cell(row, 2).Style.Alignment.Indent = 1;
            }
            row++;
        }
        sheet.Column(3).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Column(1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
    }

    private static void WriteBands(IXLWorksheet sheet, FrameworkContent content)
    {
        Header(sheet, [("Mã nhóm", 10, false), ("Xếp loại", 16, false), ("Từ %", 8, false)]);
        var row = 2;
        foreach (var band in content.Bands)
        {
            if (band.Group.Length > 0) sheet.Cell(row, 1).SetValue<string>(band.Group);
            sheet.Cell(row, 2).SetValue<string>(band.Label);
            sheet.Cell(row, 3).SetValue<decimal>(band.FromPercent);
            row++;
        }
    }

    /// <summary>Writes the bold, frozen header row and sets every column's width.</summary>
    private static void Header(IXLWorksheet sheet, IReadOnlyList<(string Header, double Width, bool Wrap)> columns)
    {
        for (var col = 1; col <= columns.Count; col++)
        {
            var (header, width, wrap) = columns[col - 1];
            var cell = sheet.Cell(1, col);
            cell.SetValue<string>(header);
            sheet.Column(col).Width = width;
            if (wrap) sheet.Column(col).Style.Alignment.WrapText = true;
        }
        var headerRow = sheet.Range(1, 1, 1, columns.Count);
        headerRow.Style.Font.Bold = true;
        headerRow.Style.Fill.BackgroundColor = HeaderFill;
        headerRow.Style.Alignment.WrapText = true;
        headerRow.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        headerRow.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Text(IXLCell cell, string? value)
    {
        if (!string.IsNullOrEmpty(value)) cell.SetValue<string>(value);
    }
}
