// Illustrative provincial framework 2025 (tinh-2025): after the 2025 reorganisation local government has two levels
// (province → commune/ward) and districts are gone, so a province scores its departments (sở, ban, ngành) and its
// communes and wards directly. The structure follows the published 2025 frameworks (e.g. Hanoi's 2025 decision):
// 8 contents on a 100-point scale plus a bonus/penalty section, a survey part. The wording is ours, derived from the
// 2024 district content by the explicit edits below; it is not an official text.
//
//   group  from 2024        edits                                                                          kind
//   SO     PHONG (offices)  2.3 removed (2); 3.3.4 removed (3); 7.4 removed (2); 5.4 survey 5 → 3;       removed / maximum changed
//                           8 Tác động của CCHC (9): 8.1 (4), 8.2 (2), 8.3 survey (3)                     new content 8
//   XA     PHUONG (wards)   2.2 removed (2); 7.3 removed (3); 7.4 removed (3);                           removed
//                           8 Tác động của CCHC (8): 8.1 (4), 8.2 (2), 8.3 survey (2); a penalty section   new content 8
//
// SO: 8 contents, 100 points of which 31 survey; XA: 8 contents, 100 points of which 12 survey (optional).
// Wording: the district (quận) becomes the province (tỉnh), the ward (phường) the commune or ward (xã, phường).

using static IndexScorer.SampleMaker.Rows;

namespace IndexScorer.SampleMaker;

/// <summary>The illustrative 2025 provincial framework, derived from <see cref="FrameworkContent2024"/> by explicit edits.</summary>
internal static class FrameworkContent2025
{
    public static FrameworkContent Build() => new(
        Id: "tinh-2025",
        Name: "Bộ chỉ số CCHC của các sở, ban, ngành và UBND các xã, phường thuộc tỉnh năm 2025 (minh họa)",
        Year: 2025,
        Version: "1.0",
        Note: FrameworkContent2024.Note,
        DefaultNotApplicable: "Không",
        Groups:
        [
            new GroupContent("SO", "Sở, ban, ngành thuộc UBND tỉnh", "TC-SO", 100, "Bắt buộc", "", Departments()),
            new GroupContent("XA", "UBND xã, phường", "TC-XA", 100, "Không bắt buộc", "3, 7", Communes()),
        ],
        Bands: FrameworkContent2024.Bands());

    /// <summary>
    /// Departments (SO). Contents: 1 = 12, 2 = 8, 3 = 21, 4 = 10, 5 = 14, 6 = 10, 7 = 16, 8 = 9: 69 self-assessed + 31 survey.
    /// </summary>
    public static List<CriterionRowData> Departments()
    {
        var rows = Reworded(FrameworkContent2024.Offices(), ("UBND quận", "UBND tỉnh"), ("Cổng thông tin điện tử quận", "Cổng thông tin điện tử tỉnh"),
            ("Phòng Nội vụ", "Sở Nội vụ"), ("Phòng Văn hóa và Thông tin", "Sở Khoa học và Công nghệ"), ("của đơn vị", "của sở, ngành"));
        RowEdits.Remove(rows, "2.3");
        RowEdits.SetMax(rows, "2", 8);
        RowEdits.Remove(rows, "3.3.4");
        RowEdits.SetMax(rows, "3.3", 5);
        RowEdits.SetMax(rows, "3", 21);
        RowEdits.Remove(rows, "7.4");
        RowEdits.SetMax(rows, "7", 16);
        RowEdits.SetMax(rows, "5.4", 3);
        RowEdits.SetMax(rows, "5", 14);
        RowEdits.InsertAfter(rows, "7", Node("8", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", 9));
        RowEdits.InsertAfter(rows, "8", Leaf("8.1", "Hoàn thành chỉ tiêu phát triển kinh tế - xã hội của ngành được giao", 4,
            "tỷ lệ [Số chỉ tiêu hoàn thành] / [Số chỉ tiêu được giao]",
            "Điểm = điểm tối đa × tỷ lệ chỉ tiêu của ngành trong nghị quyết của HĐND tỉnh đã hoàn thành.",
            "Báo cáo kết quả thực hiện chỉ tiêu phát triển kinh tế - xã hội của ngành."));
        RowEdits.InsertAfter(rows, "8.1", Leaf("8.2", "Hướng dẫn, hỗ trợ xã, phường thực hiện nhiệm vụ sau sắp xếp", 2,
            "bậc [Số văn bản hướng dẫn ban hành đúng hạn] / [Số văn bản hướng dẫn phải ban hành]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0",
            "Văn bản hướng dẫn xã, phường thực hiện nhiệm vụ, thủ tục được phân cấp, ủy quyền sau sắp xếp.",
            "Danh mục văn bản hướng dẫn kèm ngày ban hành."));
        RowEdits.InsertAfter(rows, "8.2", Survey("8.3", "Đánh giá của người dân, doanh nghiệp về tác động của CCHC trong lĩnh vực ngành quản lý", 3));
        return rows;
    }

    /// <summary>
    /// Communes and wards (XA). Contents: 1 = 10, 2 = 6, 3 = 30, 4 = 8, 5 = 14, 6 = 10, 7 = 14, 8 = 8: 88 self-assessed + 12
    /// survey (optional); bonus capped at 2, penalty at 3.
    /// </summary>
    public static List<CriterionRowData> Communes()
    {
        var rows = Reworded(FrameworkContent2024.Wards(), ("UBND quận", "UBND tỉnh"), ("UBND phường", "UBND xã, phường"), ("tổ dân phố", "thôn, tổ dân phố"),
            ("Phòng Tư pháp", "Sở Tư pháp"), ("Phòng Tài chính - Kế hoạch", "Sở Tài chính"), ("điện tử phường", "điện tử của xã, phường"),
            ("công chức phường", "công chức xã, phường"), ("tại phường", "tại xã, phường"), ("của phường", "của xã, phường"), ("ngân sách phường", "ngân sách xã, phường"),
            ("trên địa bàn phường", "trên địa bàn xã, phường"), ("lưu trữ tại phường", "lưu trữ tại xã, phường"));
        RowEdits.Remove(rows, "2.2");
        RowEdits.SetMax(rows, "2", 6);
        RowEdits.Remove(rows, "7.3");
        RowEdits.Remove(rows, "7.4");
        RowEdits.SetMax(rows, "7", 14);
        RowEdits.InsertAfter(rows, "7", Node("8", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", 8));
        RowEdits.InsertAfter(rows, "8", Leaf("8.1", "Hoàn thành chỉ tiêu phát triển kinh tế - xã hội do HĐND xã, phường giao", 4,
            "tỷ lệ [Số chỉ tiêu hoàn thành] / [Số chỉ tiêu được giao]",
            "Điểm = điểm tối đa × tỷ lệ chỉ tiêu trong nghị quyết của HĐND xã, phường đã hoàn thành.",
            "Báo cáo kết quả thực hiện chỉ tiêu phát triển kinh tế - xã hội."));
        RowEdits.InsertAfter(rows, "8.1", Leaf("8.2", "Giải quyết hồ sơ tại Trung tâm phục vụ hành chính công xã, phường", 2,
            "bậc [Số hồ sơ giải quyết tại Trung tâm] / [Số hồ sơ thuộc thẩm quyền]: 100% = 2; từ 90% đến dưới 100% = 1; dưới 90% = 0",
            "Mọi hồ sơ thuộc thẩm quyền được tiếp nhận, trả kết quả tại Trung tâm phục vụ hành chính công của xã, phường.",
            "Báo cáo thống kê hồ sơ của Trung tâm phục vụ hành chính công."));
        RowEdits.InsertAfter(rows, "8.2", Survey("8.3", "Mức độ hài lòng của người dân về chính quyền xã, phường sau sắp xếp", 2));
        rows.AddRange(
        [
            Section("TR", "Điểm trừ", 3, "Điểm trừ"),
            Item("TR.1", "Văn bản của UBND tỉnh phê bình, nhắc nhở xã, phường về CCHC", 2,
                "cộng [Số văn bản bị phê bình, nhắc nhở] × 1",
                "Trừ 1 điểm cho mỗi văn bản; tổng điểm trừ không quá 3.",
                "Văn bản phê bình, nhắc nhở của UBND tỉnh."),
            Item("TR.2", "Để xảy ra sai phạm trong giải quyết TTHC bị cơ quan có thẩm quyền kết luận", 2,
                "có/không",
                "Có: trừ 2 điểm.",
                "Kết luận của cơ quan có thẩm quyền."),
        ]);
        return rows;
    }

    /// <summary>The rows with each phrase replaced in every text cell (the level of government changed, the criteria did not).</summary>
    private static List<CriterionRowData> Reworded(List<CriterionRowData> rows, params (string From, string To)[] phrases)
    {
        string Change(string? text) => phrases.Aggregate(text ?? "", (t, p) => t.Replace(p.From, p.To, StringComparison.Ordinal));
        return rows.Select(r => r with
        {
            Title = Change(r.Title),
            Guidance = r.Guidance is null ? null : Change(r.Guidance),
            Evidence = r.Evidence is null ? null : Change(r.Evidence),
        }).ToList();
    }
}
