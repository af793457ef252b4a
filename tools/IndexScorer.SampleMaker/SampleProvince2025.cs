using System.Globalization;
using System.Text;
using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The synthetic 2025 campaign of a small part of a province after the 2025 reorganisation (tinh-minh-hoa-2025): eight
/// departments and twelve new communes and wards. Eleven of these were formed from the 13 wards of the 2024 district sample
/// (quan-minh-hoa-2024) and from five communes of a neighbouring district (Huyện Sông Lam) that did not score its communes in
/// 2024; one (Xã Tân Lập) has no predecessor in either. Its lineage file and the crosswalk from the 2024 ward framework are
/// written beside it. Every name and number is invented.
/// </summary>
internal static class SampleProvince2025
{
    public const string Folder = "tinh-minh-hoa-2025";

    private static readonly (string Code, string Name, double Quality)[] Departments =
    [
        ("SO01", "Văn phòng UBND tỉnh", 0.94), ("SO02", "Sở Nội vụ", 0.91), ("SO03", "Sở Tư pháp", 0.89), ("SO04", "Sở Tài chính", 0.86),
        ("SO05", "Sở Xây dựng", 0.76), ("SO06", "Sở Nông nghiệp và Môi trường", 0.72), ("SO07", "Sở Khoa học và Công nghệ", 0.83), ("SO08", "Sở Y tế", 0.80),
    ];

    private static readonly (string Code, string Name, double Quality)[] Communes =
    [
        ("XA01", "Phường Hòa An", 0.90), ("XA02", "Phường Bắc Thành", 0.84), ("XA03", "Phường Nam Phú", 0.74), ("XA04", "Phường Phúc Diễn", 0.93),
        ("XA05", "Phường Thượng Thanh", 0.79), ("XA06", "Phường Ngọc Lâm", 0.86), ("XA07", "Phường Kim Liên", 0.72), ("XA08", "Phường Yên Hòa", 0.81),
        ("XA09", "Phường Thạch Bàn", 0.88), ("XA10", "Phường Việt Hưng", 0.77), ("XA11", "Xã Sông Lam", 0.68), ("XA12", "Xã Tân Lập", 0.70),
    ];

    /// <summary>The offices of the 2024 district: gone with the district level, so listed with no successor.</summary>
    private static readonly string[] Offices = [.. Enumerable.Range(1, 12).Select(i => $"PB{i:00}")];

    /// <summary>
    /// The lineage rows: old unit (2024), its name, new unit (2025), share, population, whether it has 2024 results.
    /// Population is the weight; a ward split between two new units gives each part its share.
    /// </summary>
    private static readonly (string Old, string OldName, string New, decimal? Share, int Population, bool Scored, string Note)[] Lineage =
    [
        ("PH01", "Phường Hòa An", "XA01", null, 21400, true, "gộp ba phường"),
        ("PH02", "Phường Đông Hưng", "XA01", null, 18900, true, "gộp ba phường"),
        ("PH03", "Phường Tây Sơn", "XA01", null, 15200, true, "gộp ba phường"),
        ("PH04", "Phường Bắc Thành", "XA02", null, 23100, true, ""),
        ("SL01", "Thị trấn Sông Lam", "XA02", null, 9000, false, "huyện Sông Lam không chấm chỉ số CCHC cấp xã năm 2024"),
        ("PH05", "Phường Nam Phú", "XA03", 0.5m, 12800, true, "tách: một nửa dân số sang XA11"),
        ("PH05", "Phường Nam Phú", "XA11", 0.5m, 12800, true, "tách: một nửa dân số sang XA11"),
        ("PH06", "Phường Phúc Diễn Mới", "XA04", null, 26500, true, ""),
        ("SL02", "Xã Lam Sơn", "XA04", null, 3000, false, "huyện Sông Lam không chấm chỉ số CCHC cấp xã năm 2024"),
        ("PH07", "Phường Thượng Thanh Hà", "XA05", 0.6m, 30000, true, "tách: 60% dân số sang XA05, 40% sang XA06"),
        ("PH07", "Phường Thượng Thanh Hà", "XA06", 0.4m, 30000, true, "tách: 60% dân số sang XA05, 40% sang XA06"),
        ("PH08", "Phường Ngọc Lâm Tây", "XA05", null, 14700, true, ""),
        ("PH09", "Phường Hồng Đức", "XA06", null, 19800, true, ""),
        ("PH10", "Phường Kim Liên Hạ", "XA07", null, 17600, true, "đổi tên"),
        ("PH11", "Phường Yên Hòa Đông", "XA08", null, 20300, true, ""),
        ("SL03", "Xã Đông Lam", "XA08", null, 20000, false, "huyện Sông Lam không chấm chỉ số CCHC cấp xã năm 2024"),
        ("PH12", "Phường Thạch Bàn Nam", "XA09", 0.5m, 22900, true, "tách đôi"),
        ("PH12", "Phường Thạch Bàn Nam", "XA10", 0.5m, 22900, true, "tách đôi"),
        ("SL04", "Xã Tây Lam", "XA09", null, 8000, false, "huyện Sông Lam không chấm chỉ số CCHC cấp xã năm 2024"),
        ("PH13", "Phường Việt Hưng Tân", "XA10", null, 16400, true, ""),
        ("SL05", "Xã Lam Hồng", "XA11", null, 11000, false, "huyện Sông Lam không chấm chỉ số CCHC cấp xã năm 2024"),
    ];

    public static SampleCampaignSpec Spec()
    {
        var units = Departments.Select(d => new Unit(d.Code, d.Name, "SO")).Concat(Communes.Select(c => new Unit(c.Code, c.Name, "XA"))).ToArray();
        var profiles = Departments.Concat(Communes).Select((u, i) => (u.Code, Profile: new UnitProfile(i + 1, u.Quality, u.Code)))
            .ToDictionary(p => p.Code, p => p.Profile);
        return new SampleCampaignSpec(2025, "tinh-2025.xlsx", Folder, 2025, units, profiles, new HashSet<string> { "SO" }, "XA04", 0.12);
    }

    /// <summary>Writes lineage-2024-2025.csv and crosswalk-2024-2025.csv into the campaign folder.</summary>
    public static void WriteCompanions(string folder)
    {
        var lineage = new StringBuilder();
        lineage.AppendLine($"# {SampleCampaignWriter.SyntheticNote}");
        lineage.AppendLine("# Bảng phả hệ đơn vị 2024 → 2025 (minh họa): mỗi dòng một đơn vị cũ (hoặc một phần của nó) và đơn vị mới nhận nó. Xem frameworks/README.md, mục \"Unit lineage files\".");
        lineage.AppendLine("# Trọng số là dân số của đơn vị cũ; phường tách ghi tỷ lệ từng phần. Các phòng của quận không có đơn vị kế thừa trong nhóm so sánh (bỏ cấp huyện).");
        lineage.AppendLine("Năm cũ,Mã đơn vị cũ,Tên đơn vị cũ,Mã đơn vị mới,Tỷ lệ,Trọng số,Căn cứ trọng số,Có kết quả,Ghi chú");
        foreach (var row in Lineage)
        {
            var share = row.Share is { } s ? s.ToString(CultureInfo.InvariantCulture) : "";
            var note = row.Note.Contains(',', StringComparison.Ordinal) ? $"\"{row.Note}\"" : row.Note;
            lineage.AppendLine($"2024,{row.Old},{row.OldName},{row.New},{share},{row.Population},dân số,{(row.Scored ? "Có" : "Không")},{note}");
        }
        foreach (var office in Offices)
            lineage.AppendLine($"2024,{office},,,,,,Có,kết thúc hoạt động cùng cấp quận từ 01/7/2025");
        File.WriteAllText(Path.Combine(folder, "lineage-2024-2025.csv"), lineage.ToString(), new UTF8Encoding(true));

        var crosswalk = new StringBuilder();
        crosswalk.AppendLine("# Bảng chuyển đổi tiêu chí hanoi-quan-2024 (nhóm PHUONG) → tinh-2025 (nhóm XA), minh họa. Xem frameworks/README.md, mục \"Crosswalk files\".");
        crosswalk.AppendLine("# Các mã có ở cả hai khung mà không có dòng nào nhắc tới được coi là cùng tiêu chí (nội dung đổi cấp quận → tỉnh, phường → xã, phường).");
        crosswalk.AppendLine("Nhóm,Nhóm cũ,Mã cũ,Mã mới,Loại,Ghi chú,Cần quyết định");
        crosswalk.AppendLine("XA,PHUONG,2.2,,bỏ,\"bỏ năm 2025: Tuyên truyền, phổ biến pháp luật theo kế hoạch\",");
        crosswalk.AppendLine("XA,PHUONG,7.3,,bỏ,bỏ năm 2025: Số hóa dữ liệu hộ tịch,");
        crosswalk.AppendLine("XA,PHUONG,7.4,,bỏ,bỏ năm 2025: Cập nhật thông tin trên trang thông tin điện tử,");
        crosswalk.AppendLine("XA,PHUONG,,8.1,mới,mới năm 2025: nội dung 8 Tác động của CCHC đến phát triển kinh tế - xã hội,");
        crosswalk.AppendLine("XA,PHUONG,,8.2,mới,mới năm 2025: Giải quyết hồ sơ tại Trung tâm phục vụ hành chính công,");
        crosswalk.AppendLine("XA,PHUONG,,8.3,mới,mới năm 2025: Mức độ hài lòng về chính quyền xã sau sắp xếp (điều tra XHH),");
        File.WriteAllText(Path.Combine(folder, "crosswalk-2024-2025.csv"), crosswalk.ToString(), new UTF8Encoding(true));
    }
}
