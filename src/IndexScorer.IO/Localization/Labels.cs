using IndexScorer.Text;

namespace IndexScorer.IO.Localization;

/// <summary>Every label printed on forms and reports, in Vietnamese (default) and English.</summary>
public static class Labels
{
    /// <summary>The label <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, Language language, params object[] args)
    {
        if (!Catalog.TryGetValue(key, out var text)) throw new ArgumentException($"No label '{key}'.", nameof(key));
        var template = language == Language.English ? text.En : text.Vi;
        return args.Length == 0 ? template : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>Every label key, for the test that fails on an untranslated label.</summary>
    public static IReadOnlyDictionary<string, (string Vi, string En)> All => Catalog;

    private static readonly Dictionary<string, (string Vi, string En)> Catalog = new()
    {
        // Self-assessment form.
        ["form.sheet"] = ("Tự đánh giá", "Self-assessment"),
        ["form.title"] = ("BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {0}", "ADMINISTRATIVE REFORM INDEX SELF-ASSESSMENT {0}"),
        ["form.unit"] = ("Đơn vị: {0} (mã {1}) — Nhóm: {2}", "Unit: {0} (code {1}) — Group: {2}"),
        ["form.framework"] = ("Khung: {0} — mã {1}, phiên bản {2}, dấu kiểm {3}", "Framework: {0} — id {1}, version {2}, fingerprint {3}"),
        ["form.instructions"] = (
            "Chỉ nhập vào các ô màu vàng (số liệu, không phát sinh, tài liệu kiểm chứng, ghi chú, giải trình). Cột 'Điểm tự chấm' tự tính theo quy tắc chấm. Các cột màu xanh dành cho Hội đồng thẩm định. Không chèn, xóa hay di chuyển dòng.",
            "Type only into the yellow cells (figures, N/A, evidence, notes, explanation). The 'Self points' column is computed from the scoring rule. The blue columns are for the appraisal council. Do not insert, delete or move rows."),
        ["form.col.code"] = ("Mã", "Code"),
        ["form.col.title"] = ("Tiêu chí / số liệu", "Criterion / figure"),
        ["form.col.max"] = ("Điểm tối đa", "Max points"),
        ["form.col.guidance"] = ("Hướng dẫn chấm điểm", "Scoring guidance"),
        ["form.col.input"] = ("Số liệu tự đánh giá", "Figure entered"),
        ["form.col.na"] = ("Không phát sinh", "Not applicable"),
        ["form.col.self"] = ("Điểm tự chấm", "Self points"),
        ["form.col.evidence"] = ("Tài liệu kiểm chứng", "Evidence"),
        ["form.col.note"] = ("Ghi chú của đơn vị", "Unit's note"),
        ["form.col.appraisal1"] = ("Điểm thẩm định lần 1", "Appraised, round 1"),
        ["form.col.appraisalNote"] = ("Ý kiến thẩm định", "Appraiser's note"),
        ["form.col.explanation"] = ("Giải trình của đơn vị", "Unit's explanation"),
        ["form.col.appraisal2"] = ("Điểm thẩm định lần 2", "Appraised, round 2"),
        ["form.na"] = ("Không phát sinh", "Not applicable"),
        ["form.survey"] = ("Điểm do điều tra xã hội học; đơn vị không tự chấm.", "Scored by the survey; not self-assessed."),
        ["form.evidence"] = ("Tài liệu kiểm chứng: {0}", "Evidence: {0}"),
        ["form.rule"] = ("Quy tắc: {0}", "Rule: {0}"),
        ["form.total"] = ("TỔNG ĐIỂM TỰ CHẤM (lĩnh vực + điểm thưởng − điểm trừ)", "SELF-ASSESSED TOTAL (fields + bonus − penalty)"),
        ["form.input.count"] = ("Nhập số nguyên từ 0 trở lên.", "Enter a whole number, 0 or more."),
        ["form.input.percent"] = ("Nhập tỷ lệ % từ 0 đến 100.", "Enter a percentage from 0 to 100."),
        ["form.input.points"] = ("Nhập điểm từ 0 đến {0}.", "Enter points from 0 to {0}."),
        ["form.input.choice"] = ("Chọn trong danh sách.", "Pick from the list."),
        ["form.input.error"] = ("Giá trị không hợp lệ", "Invalid value"),

        // Report.
        ["report.title"] = ("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {0}", "ADMINISTRATIVE REFORM INDEX RESULTS {0}"),
        ["report.group"] = ("Nhóm: {0}", "Group: {0}"),
        ["report.framework"] = ("Khung: {0} (mã {1}, phiên bản {2})", "Framework: {0} (id {1}, version {2})"),
        ["report.noSurvey"] = ("Nhóm không có kết quả điều tra XHH (không bắt buộc): chỉ số tính trên phần tự đánh giá, quy về thang 100.",
            "No survey results for this group (optional): the index is the self-assessed part rescaled to 100."),
        ["report.sheet.summary"] = ("Tổng hợp {0}", "Summary {0}"),
        ["report.col.rank"] = ("Xếp hạng", "Rank"),
        ["report.col.code"] = ("Mã", "Code"),
        ["report.col.unit"] = ("Đơn vị", "Unit"),
        ["report.col.field"] = ("LV {0}", "Field {0}"),
        ["report.col.bonus"] = ("Điểm thưởng", "Bonus"),
        ["report.col.penalty"] = ("Điểm trừ", "Penalty"),
        ["report.col.total"] = ("Tổng điểm", "Total"),
        ["report.col.max"] = ("Điểm tối đa áp dụng", "Maximum in use"),
        ["report.col.index"] = ("Chỉ số (%)", "Index (%)"),
        ["report.col.band"] = ("Xếp loại", "Band"),
        ["report.tie"] = ("Ô xếp hạng tô vàng: các đơn vị đồng hạng (bằng nhau chỉ số ở độ chính xác đầy đủ).", "Rank cells in yellow: tied units (equal index at full precision)."),
        ["report.stat.mean"] = ("Trung bình", "Mean"),
        ["report.stat.median"] = ("Trung vị", "Median"),
        ["report.stat.min"] = ("Thấp nhất", "Minimum"),
        ["report.stat.max"] = ("Cao nhất", "Maximum"),
        ["report.fields"] = ("Lĩnh vực: {0}", "Fields: {0}"),
        // Year-over-year comparison (compare.xlsx, compare.csv, crosswalk files).
        ["compare.title"] = ("SO SÁNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {0} VÀ NĂM {1}", "ADMINISTRATIVE REFORM INDEX: {0} COMPARED WITH {1}"),
        ["compare.group"] = ("Nhóm: {0}", "Group: {0}"),
        ["compare.frameworks"] = ("Khung năm {0}: {1}; khung năm {2}: {3}", "Framework {0}: {1}; framework {2}: {3}"),
        ["compare.note.comparable"] = (
            "Chỉ số so sánh được: chỉ số của từng năm tính lại chỉ trên các tiêu chí có ở cả hai năm (theo bảng chuyển đổi), không tính điểm thưởng, điểm trừ; tiêu chí không phát sinh ở một năm bị bỏ ở cả hai năm.",
            "Comparable index: each year's index recomputed over only the criteria present in both years (per the crosswalk), without bonus and penalty; a criterion not applicable in either year is left out of both."),
        ["compare.note.disagree"] = ("Ô tô cam: thay đổi chỉ số và thay đổi chỉ số so sánh được ngược chiều nhau; thay đổi chủ yếu do khung thay đổi.",
            "Orange cells: the headline change and the comparable change point opposite ways; the move is mostly an effect of the framework change."),
        ["compare.sheet.group"] = ("So sánh {0}", "Compare {0}"),
        ["compare.sheet.fields"] = ("Lĩnh vực {0}", "Fields {0}"),
        ["compare.sheet.movers"] = ("Tăng giảm {0}", "Movers {0}"),
        ["compare.sheet.crosswalk"] = ("Bảng chuyển đổi", "Crosswalk"),
        ["compare.sheet.notes"] = ("Ghi chú", "Notes"),
        ["compare.col.code"] = ("Mã", "Code"),
        ["compare.col.unit"] = ("Đơn vị", "Unit"),
        ["compare.col.matchedBy"] = ("Ghép theo", "Matched by"),
        ["compare.col.index"] = ("Chỉ số {0} (%)", "Index {0} (%)"),
        ["compare.col.indexChange"] = ("Thay đổi (điểm %)", "Change (points)"),
        ["compare.col.rank"] = ("Hạng {0}", "Rank {0}"),
        ["compare.col.rankChange"] = ("Tăng/giảm hạng (bậc)", "Places gained"),
        ["compare.col.band"] = ("Xếp loại {0}", "Band {0}"),
        ["compare.col.comparable"] = ("Chỉ số so sánh được {0} (%)", "Comparable index {0} (%)"),
        ["compare.col.comparableChange"] = ("Thay đổi so sánh được (điểm %)", "Comparable change (points)"),
        ["compare.col.disagree"] = ("Ngược chiều", "Opposite signs"),
        ["compare.col.field"] = ("LV {0} năm {1} (%)", "Field {0} {1} (%)"),
        ["compare.col.fieldChange"] = ("LV {0} thay đổi", "Field {0} change"),
        ["compare.match.code"] = ("mã", "code"),
        ["compare.match.name"] = ("tên (mã năm {0}: {1})", "name ({0} code: {1})"),
        ["compare.only"] = ("chỉ có năm {0}", "only in {0}"),
        ["compare.yes"] = ("có", "yes"),
        ["compare.movers.rise"] = ("TĂNG NHIỀU NHẤT", "BIGGEST RISES"),
        ["compare.movers.fall"] = ("GIẢM NHIỀU NHẤT", "BIGGEST FALLS"),
        ["compare.movers.none"] = ("(không có)", "(none)"),
        ["compare.onlyOne"] = ("Đơn vị chỉ có ở một năm (không xếp vào so sánh)", "Units present in one year only (not compared)"),
        ["compare.crosswalk.none"] = ("Không dùng bảng chuyển đổi: tiêu chí được ghép theo mã.", "No crosswalk: criteria were matched by code."),
        ["compare.crosswalk.file"] = ("Bảng chuyển đổi: {0}", "Crosswalk: {0}"),
        ["compare.crosswalk.onlyOlder"] = ("Nhóm {0}: tiêu chí chỉ có năm {1}: {2}", "Group {0}: criteria only in {1}: {2}"),
        ["compare.crosswalk.onlyNewer"] = ("Nhóm {0}: tiêu chí chỉ có năm {1}: {2}", "Group {0}: criteria only in {1}: {2}"),
        ["compare.notes.none"] = ("Không có cảnh báo.", "No warnings."),
        ["compare.cw.group"] = ("Nhóm", "Group"),
        ["compare.cw.old"] = ("Mã cũ", "Old code"),
        ["compare.cw.new"] = ("Mã mới", "New code"),
        ["compare.cw.kind"] = ("Loại", "Kind"),
        ["compare.cw.note"] = ("Ghi chú", "Note"),
        ["compare.cw.decide"] = ("Cần quyết định", "Decide"),
        ["compare.decide.yes"] = ("CẦN QUYẾT ĐỊNH", "DECIDE"),
        ["compare.kind.oneToOne"] = ("một-một", "one-to-one"),
        ["compare.kind.manyToOne"] = ("gộp (nhiều-một)", "merged (many-to-one)"),
        ["compare.kind.oneToMany"] = ("tách (một-nhiều)", "split (one-to-many)"),
        ["compare.kind.removed"] = ("bỏ", "removed"),
        ["compare.kind.new"] = ("mới", "new"),
        ["compare.diff.comment"] = ("Bảng chuyển đổi {0} → {1} do 'framework diff' đề xuất: hãy kiểm tra từng dòng, nhất là các dòng CẦN QUYẾT ĐỊNH, rồi xóa dấu ở cột Cần quyết định",
            "Crosswalk {0} → {1} proposed by 'framework diff': check every row, above all those marked DECIDE, then clear the Decide column"),
    };
}
