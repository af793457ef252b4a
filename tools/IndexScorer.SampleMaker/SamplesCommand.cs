using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The `samples` verb: writes the synthetic district campaign(s) under samples/. The district, its offices
/// and wards are invented; so is every number.
/// </summary>
internal static class SamplesCommand
{
    private static readonly (string Code, string Name, double Quality)[] Offices =
    [
        ("PB01", "Văn phòng HĐND và UBND quận", 0.95),
        ("PB02", "Phòng Nội vụ", 0.93),
        ("PB03", "Phòng Tư pháp", 0.93),
        ("PB04", "Phòng Tài chính - Kế hoạch", 0.88),
        ("PB05", "Phòng Kinh tế", 0.80),
        ("PB06", "Phòng Quản lý đô thị", 0.74),
        ("PB07", "Phòng Tài nguyên và Môi trường", 0.69),
        ("PB08", "Phòng Lao động - Thương binh và Xã hội", 0.86),
        ("PB09", "Phòng Văn hóa và Thông tin", 0.90),
        ("PB10", "Phòng Giáo dục và Đào tạo", 0.84),
        ("PB11", "Phòng Y tế", 0.78),
        ("PB12", "Thanh tra quận", 0.82),
    ];

    private static readonly (string Code, string Name, double Quality)[] Wards =
    [
        ("PH01", "Phường Hòa An", 0.92), ("PH02", "Phường Đông Hưng", 0.85), ("PH03", "Phường Tây Sơn", 0.78),
        ("PH04", "Phường Bắc Thành", 0.88), ("PH05", "Phường Nam Phú", 0.70), ("PH06", "Phường Phúc Diễn Mới", 0.94),
        ("PH07", "Phường Thượng Thanh Hà", 0.81), ("PH08", "Phường Ngọc Lâm Tây", 0.76), ("PH09", "Phường Hồng Đức", 0.89),
        ("PH10", "Phường Kim Liên Hạ", 0.66), ("PH11", "Phường Yên Hòa Đông", 0.83), ("PH12", "Phường Thạch Bàn Nam", 0.87),
        ("PH13", "Phường Việt Hưng Tân", 0.79),
    ];

    public static int Run(string[] args)
    {
        var root = RepoPaths.FindRoot();
        if (root is null)
        {
            Console.Error.WriteLine($"Cannot find {RepoPaths.SolutionFile} above the current directory.");
            return 2;
        }
        return new SampleCampaignWriter(Spec2024()).Write(root);
    }

    private static SampleCampaignSpec Spec2024()
    {
        var units = Offices.Select(o => new Unit(o.Code, o.Name, "PHONG")).Concat(Wards.Select(w => new Unit(w.Code, w.Name, "PHUONG"))).ToArray();
        var profiles = Offices.Concat(Wards).Select((u, i) => (u.Code, Profile: new UnitProfile(i + 1, u.Quality, u.Code)))
            .ToDictionary(p => p.Code, p => p.Profile);
        // PB03 fills in exactly what PB02 does (same profile): the sample then shows a tie sharing a rank.
        profiles["PB03"] = profiles["PB02"] with { Tag = "PB03" };
        return new SampleCampaignSpec(2024, "hanoi-quan-2024.xlsx", "quan-minh-hoa-2024", 2024, units, profiles,
            new HashSet<string> { "PHONG" }, "PH06", 0.12);
    }
}
