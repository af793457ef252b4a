using IndexScorer.Diagnostics;

namespace IndexScorer.App.Diagnostics;

/// <summary>
/// The texts of the use cases' own diagnostics: requests, outputs, last year's results, templates. They may name the
/// program's commands and options, which the layers below never do.
/// </summary>
internal static class AppMessages
{
    /// <summary>The texts by code.</summary>
    public static MessageCatalog Catalog { get; } = new(new Dictionary<string, (string Vi, string En)>
    {
        // Requests (RQ): what a command was asked to do.
        ["RQ001"] = ("không có thư mục này; hãy nêu đúng thư mục đợt đánh giá (có tệp campaign.json)",
            "there is no such folder; name the campaign folder (the one with campaign.json)"),
        ["RQ002"] = ("đây là một tệp, không phải thư mục; hãy chọn thư mục ghi kết quả khác bằng --out",
            "this is a file, not a folder; choose another output folder with --out"),
        ["RQ003"] = ("không có tệp này", "there is no such file"),
        ["RQ004"] = ("tệp ghi ra phải có đuôi .csv hoặc .xlsx", "the output file must end in .csv or .xlsx"),

        // Outputs and inputs of a run.
        ["RQ010"] = ("không có quyền ghi vào thư mục này", "no permission to write there"),
        ["RQ011"] = ("tệp đang mở trong chương trình khác, là một thư mục, hoặc ổ đĩa đầy", "the file is open in another program, is a folder, or the disk is full"),
        ["IO014"] = ("không ghi được tệp kết quả ({0}); hãy chọn thư mục khác bằng --out, hoặc đóng tệp nếu đang mở trong Excel",
            "cannot write the output file ({0}); choose another folder with --out, or close the file if Excel has it open"),
        ["CF009"] = ("thư mục kết quả '{0}' trùng với một tệp hoặc thư mục đầu vào; hãy chọn thư mục khác bằng --out",
            "the output '{0}' is one of the inputs; choose another folder with --out"),
        ["CF010"] = ("không đọc được kết quả năm trước '{0}' (mục \"previous\" của campaign.json); xem các lỗi ở trên, hoặc bỏ mục này",
            "cannot read last year's results '{0}' (\"previous\" in campaign.json); see the errors above, or remove the entry"),
        ["CW043"] = ("đây không phải thư mục đợt đánh giá (có campaign.json) hay tệp results.json",
            "this is neither a campaign folder (with campaign.json) nor a results.json file"),
        ["CW047"] = ("tệp kết quả do phiên bản trước của chương trình ghi nên đợt đánh giá được chấm lại từ biểu mẫu",
            "the results file was written by an earlier version of the program, so the campaign was scored again from its forms"),
        ["CW018"] = ("không có bảng chuyển đổi: hãy tạo bảng bằng 'indexscorer framework diff <khung cũ> <khung mới>', kiểm tra rồi dùng --crosswalk",
            "no crosswalk: make one with 'indexscorer framework diff <old framework> <new framework>', check it and pass it with --crosswalk"),

        // Analysis (AN): the request's figures.
        ["AN010"] = ("số mẫu --samples là {0}; cần từ 1 đến {1} (mặc định 1000)", "--samples is {0}; expected 1 to {1} (default 1000)"),
        ["AN011"] = ("độ bất định của thẩm định --appraisal-points là {0}; cần từ 0 điểm trở lên", "--appraisal-points is {0}; expected 0 points or more"),
        ["AN012"] = ("nhiễu trọng số lĩnh vực --weight-noise là {0}%; cần từ 0 đến dưới 100%", "--weight-noise is {0}%; expected 0 to under 100%"),

        // Status and provisional results (ST).
        ["ST001"] = ("đơn vị {0} ({1}) chưa nộp biểu mẫu nên chưa được tính trong kết quả TẠM TÍNH",
            "unit {0} ({1}) has sent no form, so it is left out of the PROVISIONAL results"),
        ["ST002"] = ("biểu mẫu của đơn vị {0} ({1}) có {2} lỗi (xem ở trên) nên đơn vị chưa được tính trong kết quả TẠM TÍNH",
            "the form of unit {0} ({1}) has {2} problem(s) (see above), so the unit is left out of the PROVISIONAL results"),
        ["ST003"] = ("chưa đơn vị nào có biểu mẫu hợp lệ nên không có gì để tính tạm", "no unit has a valid form yet, so there is nothing to score provisionally"),

        // Explanation round (EX0xx): the files sent to units and their explanations carried into the council's workbook.
        ["EX010"] = ("có tệp giải trình gửi lại nhưng đợt đánh giá không có khóa của văn phòng ({0}) nên không kiểm tra được; hãy khôi phục tệp khóa từ bản sao lưu",
            "explanation files were returned but the campaign has no office key ({0}), so they cannot be checked; restore the key file from a backup"),
        ["EX011"] = ("giải trình của đơn vị {0} cho tiêu chí {1} không có dòng tương ứng trong bảng thẩm định nên không được ghi; hãy kiểm tra bảng thẩm định vòng 1 (dòng đó đã bị xóa?)",
            "the explanation of unit {0} on criterion {1} has no row in the appraisal workbook, so it is not carried; check the round-1 workbook (was the row removed?)"),
        ["EX012"] = ("giải trình của đơn vị {0} cho tiêu chí {1} khác với giải trình đã có trong bảng thẩm định ('{2}'); giữ nguyên giá trị đã có, tìm thấy '{3}'; muốn dùng giải trình mới thì xóa ô đó rồi chạy lại 'appraisal'",
            "the explanation of unit {0} on criterion {1} differs from the one already in the appraisal workbook ('{2}'); the value already there is kept, found '{3}'; to take the new one, clear that cell and run 'appraisal' again"),
        ["EX013"] = ("chưa có tiêu chí nào bị hạ điểm ở vòng 1 (hoặc chưa có bảng thẩm định) nên không có tệp giải trình nào để gửi; hãy nhập điểm vòng 1 vào bảng thẩm định trước",
            "no criterion was lowered in round 1 yet (or there is no appraisal workbook), so there is no explanation file to send; type round 1 into the appraisal workbook first"),

        // Evidence files (EV0xx) named in the forms' evidence cells.
        ["EV001"] = ("tài liệu kiểm chứng '{0}' của tiêu chí {1} không có trong thư mục tài liệu của đơn vị; đã tìm: {2}; hãy chép tệp vào đó, hoặc sửa tên tệp trong ô này",
            "the evidence file '{0}' of criterion {1} is not in the unit's evidence folder; looked for: {2}; copy the file there, or correct its name in this cell"),
        ["EV002"] = ("tài liệu kiểm chứng '{0}' của tiêu chí {1} trỏ ra ngoài thư mục tài liệu của đơn vị ({2}) nên không được kiểm tra; cần một tên tệp trong thư mục đó",
            "the evidence file '{0}' of criterion {1} leads out of the unit's evidence folder ({2}), so it is not checked; expected a file name inside that folder"),

        // Templates (TP).
        ["TP002"] = ("đơn vị {0} không có trong danh sách đơn vị nên không tạo lại được biểu mẫu; hãy dùng đúng mã đơn vị trong danh sách",
            "unit {0} is not on the roster, so its form cannot be reissued; use a unit code from the roster"),
        ["TP001"] = ("biểu mẫu đã có nên không ghi đè (dùng --force để ghi đè)", "the form exists and was not overwritten (use --force to overwrite)"),
    });
}
