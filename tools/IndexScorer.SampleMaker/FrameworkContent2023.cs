// Illustrative district framework 2023 (hanoi-quan-2023): the same district one year earlier, under a
// slightly different framework. It is derived from the 2024 content by the explicit edits below (each
// written the way a reform officer would state it, 2023 → 2024). Same list in frameworks/README.md,
// section "2023 → 2024 changes (illustrative)".
//
//   #  group  2023                                                2024                                             kind
//   1  PHONG  5.1 Đào tạo, bồi dưỡng công chức theo kế hoạch      5.2 (same criterion)                            renumbered
//   2  PHONG  5.2 Bố trí công chức theo vị trí việc làm           5.1 (same criterion)                            renumbered
//   3  PHONG  6.2.3 Thực hành tiết kiệm, chống lãng phí (3)       removed; 6.2: 7 → 4, field 6: 13 → 10          removed in 2024
//   4  PHONG  —                                                   3.3.4 Số hóa hồ sơ, kết quả giải quyết TTHC (3) new in 2024; 3.3: 5 → 8, field 3: 21 → 24
//   5  PHONG  1.4 Thực hiện nhiệm vụ UBND quận giao (3)           1.4 (3,5)                                       maximum changed
//   6  PHONG  1.2 Thực hiện chế độ báo cáo CCHC định kỳ (2)       1.2 (1,5)                                       sibling rebalanced (field 1 stays 12)
//
// Both years: PHONG 7 fields, 29 criteria, 22 sub-criteria, scale 100 of which 30 survey points.
// PHUONG, the bonus/penalty sections and the bands are unchanged.

using static IndexScorer.SampleMaker.Rows;

namespace IndexScorer.SampleMaker;

/// <summary>The illustrative 2023 framework, derived from <see cref="FrameworkContent2024"/> by explicit edits.</summary>
internal static class FrameworkContent2023
{
    public static FrameworkContent Build() => new(
        Id: "hanoi-quan-2023",
        Name: "Bộ chỉ số CCHC của các phòng chuyên môn thuộc UBND quận và UBND các phường năm 2023 (minh họa)",
        Year: 2023,
        Version: "1.0",
        Note: FrameworkContent2024.Note,
        DefaultNotApplicable: "Không",
        Groups:
        [
            new GroupContent("PHONG", "Phòng chuyên môn thuộc UBND quận", "TC-PHONG", 100, "Bắt buộc", "", Offices()),
            new GroupContent("PHUONG", "UBND phường", "TC-PHUONG", 100, "Không bắt buộc", "3, 7", FrameworkContent2024.Wards()),
        ],
        Bands: FrameworkContent2024.Bands());

    public static List<CriterionRowData> Offices()
    {
        var rows = FrameworkContent2024.Offices();

        // Edits 1–2. In 2023 training came first: 5.1 Đào tạo, bồi dưỡng and 5.2 Bố trí công chức.
        // 2024 put them the other way round (5.1 Bố trí, 5.2 Đào tạo), so undo the swap here.
        RowEdits.SwapNumbers(rows, "5.1", "5.2");

        // Edit 3. 2023 had a thrift criterion under 6.2 that 2024 dropped.
        RowEdits.InsertAfter(rows, "6.2.2", Leaf("6.2.3", "Thực hành tiết kiệm, chống lãng phí", 3,
            "mức: Có chương trình và báo cáo kết quả = 3; Có chương trình, chưa báo cáo kết quả = 1,5; Không có chương trình = 0",
            "Có chương trình thực hành tiết kiệm, chống lãng phí năm và báo cáo kết quả đúng hạn.",
            "Chương trình thực hành tiết kiệm, chống lãng phí; báo cáo kết quả."));
        RowEdits.SetMax(rows, "6.2", 7);   // 2 + 2 + 3 (2024: 4)
        RowEdits.SetMax(rows, "6", 13);    // 4 + 7 + 2 survey (2024: 10)

        // Edit 4. Digitisation of dossiers (3.3.4) is new in 2024: absent in 2023.
        RowEdits.Remove(rows, "3.3.4");
        RowEdits.SetMax(rows, "3.3", 5);   // 2 + 1 + 2 (2024: 8)
        RowEdits.SetMax(rows, "3", 21);    // 2 + 4 + 5 + 2 + 8 survey (2024: 24)

        // Edits 5–6. 2024 raised 1.4 from 3 to 3,5 and took the half point from the reporting criterion 1.2.
        // Both rules (tỷ lệ, trừ) scale with the maximum, so only the maxima change.
        RowEdits.SetMax(rows, "1.4", 3);
        RowEdits.SetMax(rows, "1.2", 2);

        return rows;
    }
}
