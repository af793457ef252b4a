using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The `samples` verb: writes the synthetic district campaigns (2023, 2024) and the province campaign after the 2025
/// reorganisation under samples/. The district, the province and their units are invented; so is every number.
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
        var status = new SampleCampaignWriter(Spec2023()).Write(root);
        if (status == 0) status = new SampleCampaignWriter(Spec2024()).Write(root);
        if (status == 0) status = SampleInProgress.Write(root);
        if (status != 0) return status;
        status = new SampleCampaignWriter(SampleProvince2025.Spec()).Write(root);
        if (status == 0) SampleProvince2025.WriteCompanions(Path.Combine(root, "samples", SampleProvince2025.Folder));
        return status;
    }

    /// <summary>
    /// The year before, under hanoi-quan-2023.xlsx: the same district and units except PH13 (created in 2024, so absent in
    /// 2023), another seed, and qualities a little different, so that compare shows units rising and falling.
    /// </summary>
    private static SampleCampaignSpec Spec2023()
    {
        var quality2023 = new Dictionary<string, double>
        {
            ["PB01"] = 0.90,
            ["PB02"] = 0.88,
            ["PB03"] = 0.95,
            ["PB04"] = 0.90,
            ["PB05"] = 0.72,
            ["PB06"] = 0.80,
            ["PB07"] = 0.74,
            ["PB08"] = 0.80,
            ["PB09"] = 0.92,
            ["PB10"] = 0.84,
            ["PB11"] = 0.70,
            ["PB12"] = 0.86,
            ["PH01"] = 0.90,
            ["PH02"] = 0.88,
            ["PH03"] = 0.72,
            ["PH04"] = 0.82,
            ["PH05"] = 0.76,
            ["PH06"] = 0.90,
            ["PH07"] = 0.84,
            ["PH08"] = 0.70,
            ["PH09"] = 0.91,
            ["PH10"] = 0.74,
            ["PH11"] = 0.80,
            ["PH12"] = 0.83,
        };
        var offices = Offices.Select(o => (o.Code, o.Name, Quality: quality2023[o.Code])).ToArray();
        var wards = Wards.Where(w => quality2023.ContainsKey(w.Code)).Select(w => (w.Code, w.Name, Quality: quality2023[w.Code])).ToArray();
        var units = offices.Select(o => new Unit(o.Code, o.Name, "PHONG")).Concat(wards.Select(w => new Unit(w.Code, w.Name, "PHUONG"))).ToArray();
        var profiles = offices.Concat(wards).Select((u, i) => (u.Code, Profile: new UnitProfile(i + 1, u.Quality, u.Code)))
            .ToDictionary(p => p.Code, p => p.Profile);
        return new SampleCampaignSpec(2023, "hanoi-quan-2023.xlsx", "quan-minh-hoa-2023", 2023, units, profiles,
            new HashSet<string> { "PHONG" }, "PH09", 0.15);
    }

    private static SampleCampaignSpec Spec2024()
    {
        var units = Offices.Select(o => new Unit(o.Code, o.Name, "PHONG")).Concat(Wards.Select(w => new Unit(w.Code, w.Name, "PHUONG"))).ToArray();
        var profiles = Offices.Concat(Wards).Select((u, i) => (u.Code, Profile: new UnitProfile(i + 1, u.Quality, u.Code)))
            .ToDictionary(p => p.Code, p => p.Profile);
        // PB03 fills in exactly what PB02 does (same profile): the sample then shows a tie sharing a rank.
        profiles["PB03"] = profiles["PB02"] with { Tag = "PB03" };
        return new SampleCampaignSpec(2024, "hanoi-quan-2024.xlsx", "quan-minh-hoa-2024", 2024, units, profiles,
            new HashSet<string> { "PHONG" }, "PH06", 0.12, Previous: "../quan-minh-hoa-2023", Report: Report2024,
            Note: SampleCampaignWriter.SyntheticNote.TrimEnd('.') + "; quyết định 123/QĐ-UBND và những người ký ở mục \\\"report\\\" cũng là minh họa.");
    }

    /// <summary>The official form of the 2024 report (issue 14): a synthetic decision and signers.</summary>
    private const string Report2024 = """
        {
            "issuer": "UBND QUẬN MINH HỌA",
            "decision": { "number": "123/QĐ-UBND", "date": "2025-01-15", "by": "Ủy ban nhân dân quận Minh Họa" },
            "place": "Minh Họa",
            "date": "2025-01-15",
            "signers": [
              { "title": "NGƯỜI LẬP BIỂU", "name": "Trần Thị Mẫu" },
              { "title": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "name": "Lê Văn Mẫu" }
            ]
          }
        """;
}
