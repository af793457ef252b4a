using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests;

/// <summary>
/// Builds a <see cref="FrameworkDefinition"/> in code, as the workbook reader would: every cell carries
/// its location in khung.xlsx. Criteria sheets are "TC-{group}", rows start at 2 (row 1 is the header),
/// columns are A Mã, B Nội dung, C Điểm tối đa, D Phần, E Nguồn điểm, F Quy tắc, G Không phát sinh,
/// H Trọng số, I Hướng dẫn, J Tài liệu kiểm chứng, K Bắt buộc kiểm chứng.
/// </summary>
internal sealed class FrameworkBuilder
{
    public const string SettingsSheet = "Khung";
    public const string GroupsSheet = "Nhóm đơn vị";
    public const string BandsSheet = "Xếp loại";

    private readonly List<GroupDefinition> _groups = [];
    private readonly List<BandDefinition> _bands = [];
    private string _defaultNotApplicable = "";

    /// <summary>The framework's default N/A policy (Đủ điểm, Loại trừ, Không).</summary>
    public FrameworkBuilder DefaultNotApplicable(string policy)
    {
        _defaultNotApplicable = policy;
        return this;
    }

    /// <summary>Adds a unit group and its criteria.</summary>
    public FrameworkBuilder Group(string code, Action<GroupBuilder> criteria)
    {
        var group = new GroupBuilder(code);
        criteria(group);
        _groups.Add(group.Build(_groups.Count + 2));
        return this;
    }

    /// <summary>Adds a classification band; blank group = every group. Without any, one band "Chung" from 0% is used.</summary>
    public FrameworkBuilder Band(string label, string minimum, string group = "")
    {
        var row = _bands.Count + 2;
        _bands.Add(new BandDefinition(Cell(BandsSheet, "A", row, group), Cell(BandsSheet, "B", row, label), Cell(BandsSheet, "C", row, minimum)));
        return this;
    }

    /// <summary>The definition as the reader would hand it to the compiler.</summary>
    public FrameworkDefinition Build() => new(
        Cell(SettingsSheet, "B", 2, "khung-thu"), Cell(SettingsSheet, "B", 3, "Khung thử"), Cell(SettingsSheet, "B", 4, "2024"),
        Cell(SettingsSheet, "B", 5, "1.0"), Cell(SettingsSheet, "B", 6, "Minh họa"), Cell(SettingsSheet, "B", 7, _defaultNotApplicable),
        _groups,
        _bands.Count > 0 ? _bands : [new BandDefinition(Cell(BandsSheet, "A", 2, ""), Cell(BandsSheet, "B", 2, "Chung"), Cell(BandsSheet, "C", 2, "0"))]);

    /// <summary>Compiles, returning the framework (null on errors) and every diagnostic.</summary>
    public (Framework? Framework, IReadOnlyList<Diagnostic> Diagnostics) Compile()
    {
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkCompiler.Compile(Build(), diagnostics);
        return (framework, diagnostics.Items);
    }

    /// <summary>Compiles a framework that is known to be valid; fails the test with the diagnostics otherwise.</summary>
    public Framework CompileValid()
    {
        var (framework, diagnostics) = Compile();
        return framework ?? throw new AssertionException("Framework did not compile:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>Compiles and returns the one group with that code.</summary>
    public UnitGroup CompileGroup(string code = "PHONG") =>
        CompileValid().FindGroup(code) ?? throw new AssertionException($"No group {code}.");

    /// <summary>The codes of the diagnostics a compile yields.</summary>
    public IReadOnlyList<string> ErrorCodes() => Compile().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToArray();

    private static LocatedText Cell(string sheet, string column, int row, string text) =>
        new(text, Some.FrameworkCell(sheet, column + row));

    /// <summary>One group's row of the groups sheet and its criteria sheet.</summary>
    internal sealed class GroupBuilder(string code)
    {
        private readonly List<Dictionary<CriterionField, string>> _rows = [];
        private string? _scaleTotal;
        private string _survey = "";
        private string _tieBreakers = "";

        /// <summary>The criteria sheet's name.</summary>
        public string Sheet => "TC-" + code;

        /// <summary>The declared scale total; by default the sum of the top-level scored rows' maxima.</summary>
        public GroupBuilder Scale(string total)
        {
            _scaleTotal = total;
            return this;
        }

        /// <summary>Bắt buộc / Không bắt buộc.</summary>
        public GroupBuilder Survey(string policy)
        {
            _survey = policy;
            return this;
        }

        /// <summary>Tie-breaker codes, comma-separated.</summary>
        public GroupBuilder TieBreakers(string codes)
        {
            _tieBreakers = codes;
            return this;
        }

        /// <summary>Adds one criteria row; cells left empty are blank.</summary>
        public GroupBuilder Row(
            string code, string max, string rule = "", string section = "", string source = "", string notApplicable = "",
            string weight = "", string evidenceRequired = "")
        {
            _rows.Add(new Dictionary<CriterionField, string>
            {
                [CriterionField.Code] = code,
                [CriterionField.Title] = "Tiêu chí " + code,
                [CriterionField.MaxPoints] = max,
                [CriterionField.Section] = section,
                [CriterionField.Source] = source,
                [CriterionField.Rule] = rule,
                [CriterionField.NotApplicable] = notApplicable,
                [CriterionField.Weight] = weight,
                [CriterionField.Guidance] = "",
                [CriterionField.Evidence] = "Văn bản ban hành",
                [CriterionField.EvidenceRequired] = evidenceRequired,
            });
            return this;
        }

        internal GroupDefinition Build(int groupRow)
        {
            var rows = _rows.Select((cells, i) => new CriterionRow(
                cells.ToDictionary(c => c.Key, c => new LocatedText(c.Value, Some.FrameworkCell(Sheet, ColumnOf(c.Key) + (i + 2)))),
                Some.FrameworkCell(Sheet, "A" + (i + 2)))).ToArray();
            var scale = _scaleTotal ?? NumberText.Format(_rows
                .Where(r => !r[CriterionField.Code].Contains('.') && r[CriterionField.Section].Length == 0)
                .Sum(r => NumberText.TryParse(r[CriterionField.MaxPoints], out var m) ? m : 0m));
            return new GroupDefinition(
                Cell(GroupsSheet, "A", groupRow, code), Cell(GroupsSheet, "B", groupRow, "Nhóm " + code), Cell(GroupsSheet, "D", groupRow, scale),
                Cell(GroupsSheet, "E", groupRow, _survey), Cell(GroupsSheet, "F", groupRow, _tieBreakers), rows);
        }

        /// <summary>The column letter of a criteria-sheet field.</summary>
        public static string ColumnOf(CriterionField field) => ((char)('A' + (int)field)).ToString();
    }
}
