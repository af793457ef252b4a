using IndexScorer.Text;

namespace IndexScorer.Cli;

/// <summary>The command line's own sentences, in Vietnamese and English.</summary>
internal static class CliText
{
    private static readonly Dictionary<string, (string Vi, string En)> Catalog = new()
    {
        ["errors"] = ("{0} lỗi, {1} cảnh báo: hãy sửa các lỗi trên rồi chạy lại (khi còn lỗi, không tệp kết quả nào được ghi).",
            "{0} error(s), {1} warning(s): fix the errors above and run again (while errors remain, no output is written)."),
        ["warnings"] = ("{0} cảnh báo.", "{0} warning(s)."),
        ["written"] = ("Đã ghi: {0}", "Written: {0}"),
        ["scored"] = ("Đã chấm {0} đơn vị trong {1} nhóm ({2:0.0} giây).", "Scored {0} unit(s) in {1} group(s) ({2:0.0} s)."),
        ["valid"] = ("Hợp lệ: {0} đơn vị trong {1} nhóm, không có lỗi.", "Valid: {0} unit(s) in {1} group(s), no errors."),
        ["templates"] = ("Đã tạo {0} biểu mẫu trong {1}", "Wrote {0} form(s) to {1}"),
        ["progress"] = ("Đang đọc biểu mẫu: {0}/{1}", "Reading forms: {0}/{1}"),
        ["writing"] = ("Đang ghi kết quả: {0}/{1} tệp", "Writing outputs: {0}/{1} files"),
        ["writingFile"] = ("Đang ghi kết quả: tệp {0}/{1}, {2}", "Writing outputs: file {0}/{1}, {2}"),
        ["internal"] = ("Lỗi nội bộ của chương trình: {0}. Hãy chạy lại với --verbose và gửi nội dung cho nhóm phát triển.",
            "Internal error: {0}. Run again with --verbose and send the output to the developers."),
        ["compared"] = ("So sánh {0} và {1}: {2} đơn vị có chỉ số năm trước (kể cả quy đổi theo phả hệ), {3} đơn vị chỉ có ở một năm, {4} đơn vị có thay đổi ngược chiều với chỉ số so sánh được.",
            "Compared {0} with {1}: {2} unit(s) with a last-year index (pro-forma through a lineage included), {3} in one year only, {4} whose change disagrees in sign with the comparable index."),
        ["proposed"] = ("Đề xuất {0} dòng chuyển đổi, {1} dòng cần người quyết định.", "Proposed {0} crosswalk row(s), {1} awaiting a person's decision."),
        ["analyzed"] = ("Đã phân tích {0} đơn vị trong {1} nhóm ({2} mẫu): {3} cặp chưa phân định rõ, {4} cặp gần bằng nhau ({5:0.0} giây).",
            "Analysed {0} unit(s) in {1} group(s) ({2} samples): {3} pair(s) not clearly separated, {4} near tie(s) ({5:0.0} s)."),
        ["appraisal"] = ("Bảng thẩm định có {0} đơn vị ({1} đơn vị mới); điểm đã nhập được giữ nguyên.",
            "The appraisal workbook(s) hold {0} unit(s) ({1} new); values already typed are kept."),
        ["status.group"] = ("Nhóm {0}: {1} đơn vị — đã nộp {2}, hợp lệ {3}, có lỗi {4}, chưa nộp {5}; thẩm định vòng 1 {6}, xong vòng 2 {7}; có ĐTXHH {8}.",
            "Group {0}: {1} unit(s) — received {2}, valid {3}, with problems {4}, missing {5}; round 1 started {6}, round 2 done {7}; with survey {8}."),
        ["status.unit"] = ("  {0} {1}: {2}{3}", "  {0} {1}: {2}{3}"),
        ["status.file"] = (" ({0}, sửa {1:yyyy-MM-dd HH:mm} giờ Việt Nam, UTC+7)", " ({0}, modified {1:yyyy-MM-dd HH:mm} Vietnam time, UTC+7)"),
        ["status.stray"] = ("  Tệp không phải biểu mẫu của đơn vị nào: {0}", "  File that is no unit's form: {0}"),
        ["provisional"] = ("KẾT QUẢ TẠM TÍNH: đã chấm {0} đơn vị trong {1} nhóm; {2} đơn vị chưa được tính (xem cảnh báo ST001/ST002 ở trên).",
            "PROVISIONAL RESULTS: scored {0} unit(s) in {1} group(s); {2} unit(s) left out (see the ST001/ST002 warnings above)."),
        ["explained"] = ("Đã ghi tệp giải trình cho {0} đơn vị ({1} tiêu chí bị hạ điểm ở vòng 1) vào {2}; gửi cho đơn vị, nhận lại vào thư mục explanations/ rồi chạy 'appraisal'.",
            "Wrote explanation files for {0} unit(s) ({1} criteria lowered in round 1) to {2}; send them, put the returned files into explanations/ and run 'appraisal'."),
        ["sheets"] = ("Đã ghi phiếu kết quả cho {0} đơn vị vào {1}.", "Wrote the result sheets of {0} unit(s) to {1}."),
        ["usage"] = ("Sai cú pháp lệnh; xem: indexscorer --help", "Wrong usage; see: indexscorer --help"),
    };

    public static string Get(string key, Language language, params object[] args) => Bilingual.Pick(Catalog[key], language, args);
}
