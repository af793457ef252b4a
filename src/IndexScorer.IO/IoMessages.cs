using IndexScorer.Diagnostics;

namespace IndexScorer.IO;

/// <summary>
/// The texts of the file adapters' diagnostics (opening workbooks and CSV files, forms, the campaign folder, results.json),
/// in Vietnamese and English, keyed by a stable code.
/// </summary>
internal static class IoMessages
{
    /// <summary>The texts by code.</summary>
    public static MessageCatalog Catalog { get; } = new(new Dictionary<string, (string Vi, string En)>
    {
        ["CW040"] = ("tệp không phải JSON hợp lệ (lỗi cú pháp ở dòng:cột đã nêu); hãy dùng results.json do lệnh 'score' ghi",
            "the file is not valid JSON (a syntax error at the line:column given); use the results.json written by 'score'"),
        ["CW041"] = ("thiếu '{0}' hoặc sai kiểu; cần {1}", "'{0}' is missing or of the wrong type; expected {1}"),
        ["CW042"] = ("đây không phải results.json của indexscorer (định dạng '{0}', phiên bản {1}); cần định dạng '{2}', phiên bản {3}", "this is not an indexscorer results.json (format '{0}', version {1}); expected format '{2}', version {3}"),
        ["CW044"] = ("'{0}' không phải mã tiêu chí như 3.2.1", "'{0}' is not a criterion code such as 3.2.1"),
        ["CW045"] = ("tiêu chí {0} có hai lần trong cây tiêu chí của nhóm {1}; mỗi mã chỉ được có một lần; hãy dùng results.json do lệnh 'score' ghi",
            "criterion {0} appears twice in the criteria of group {1}; each code may appear once; use the results.json written by 'score'"),
        ["CW046"] = ("kết quả của đơn vị {0} phải theo đúng thứ tự các tiêu chí của nhóm: ở đây cần '{1}', tìm thấy '{2}'; hãy dùng results.json do lệnh 'score' ghi",
            "the results of unit {0} must follow the group's criteria in order: expected '{1}' here, found '{2}'; use the results.json written by 'score'"),
        ["CW048"] = ("đơn vị {0}: '{1}' không phải tiêu chí của nhóm đứng sau tiêu chí nêu trước nó (các tiêu chí phải theo đúng thứ tự của nhóm); hãy dùng results.json do lệnh 'score' ghi",
            "unit {0}: '{1}' is not one of the group's criteria after the one listed before it (they must follow the group's criteria in order); use the results.json written by 'score'"),

        // Files (IO).
        ["IO001"] = ("không mở được tệp: {0}", "cannot open the file: {0}"),
        ["IO002"] = ("tệp rỗng (0 byte); hãy gửi lại tệp đầy đủ", "the file is empty (0 bytes); send the complete file again"),
        ["IO003"] = ("đây là tệp Excel đời cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)",
            "this is a legacy Excel file (.xls); open it in Excel and save it as .xlsx (Excel Workbook)"),
        ["IO004"] = ("tệp được đặt mật khẩu (mã hóa) nên không đọc được; hãy gỡ mật khẩu mở tệp (File › Info › Protect Workbook) rồi gửi lại",
            "the workbook is password-encrypted and cannot be read; remove the open password (File › Info › Protect Workbook) and send it again"),
        ["IO005"] = ("tệp là văn bản (CSV) đổi đuôi thành .xlsx, không phải bảng tính Excel; hãy dùng đúng biểu mẫu .xlsx",
            "the file is text (CSV) renamed to .xlsx, not an Excel workbook; use the .xlsx form"),
        ["IO006"] = ("tệp không phải bảng tính .xlsx hợp lệ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
            "the file is not a valid .xlsx workbook; open it in Excel and save it as .xlsx"),
        ["IO007"] = ("tệp giải nén ra {0} MB, vượt giới hạn {1} MB (nghi tệp độc hại hoặc hỏng); không đọc tệp này",
            "the file decompresses to {0} MB, over the {1} MB limit (a zip bomb or a damaged file); it is not read"),
        ["IO008"] = ("tệp .xlsx bị hỏng hoặc không trọn vẹn (gửi thiếu, lưu dở); hãy mở bằng Excel, lưu lại rồi gửi lại",
            "the .xlsx file is damaged or truncated (sent incomplete, saved half-way); open it in Excel, save it and send it again"),
        ["IO009"] = ("không có sheet '{0}'; các sheet có: {1}", "there is no sheet '{0}'; the sheets are: {1}"),
        ["IO010"] = ("thiếu cột {0} ở dòng tiêu đề; các cột cần có: {1}", "the header row lacks the column(s) {0}; expected columns: {1}"),
        ["IO011"] = ("thiếu cài đặt '{0}' trong sheet Khung (cột A tên, cột B giá trị)", "the setting '{0}' is missing from the Khung sheet (name in column A, value in column B)"),
        ["IO012"] = ("nhóm {0}: không có sheet tiêu chí '{1}'", "group {0}: there is no criteria sheet '{1}'"),
        ["IO015"] = ("tệp lớn {0} MB, vượt giới hạn {1} MB cho loại tệp này; hãy kiểm tra có gửi nhầm tệp không",
            "the file is {0} MB, over the {1} MB limit for this kind of file; check that the right file was sent"),
        ["IO016"] = ("đây không phải một tệp thông thường (thiết bị, đường ống) hoặc tệp đang thay đổi khi đọc; hãy chép tệp thật vào thư mục",
            "this is not a regular file (a device or a pipe) or it changed while being read; copy the real file into the folder"),
        ["IO017"] = ("không có tệp này", "there is no such file"),
        ["IO018"] = ("không có quyền đọc tệp", "no permission to read the file"),
        ["IO019"] = ("tệp đang được chương trình khác mở hoặc không đọc được; hãy đóng tệp (ví dụ trong Excel) rồi chạy lại",
            "the file is open in another program or cannot be read; close it (for example in Excel) and run again"),
        ["IO020"] = ("không đọc được tệp CSV (dấu ngoặc kép không đóng, hoặc dòng hỏng); hãy mở bằng Excel, lưu lại dạng 'CSV UTF-8' rồi chạy lại",
            "cannot read the CSV file (an unclosed quote or a broken line); open it in Excel, save it as 'CSV UTF-8' and run again"),
        ["IO021"] = ("'{0}' không rõ là {1} hay {2} (dấu chấm, dấu phẩy vừa có thể ngăn phần thập phân vừa có thể ngăn hàng nghìn); "
            + "nếu là {2} hãy gõ liền không dấu ngăn cách, nếu là {1} hãy gõ thêm chữ số 0 ở cuối phần thập phân",
            "'{0}' could be {1} or {2} (a point or a comma may mark decimals or thousands); "
            + "for {2} type it without a thousands separator, for {1} add a 0 at the end of the decimals"),
        ["IO013"] = ("tệp CSV không được lưu theo mã UTF-8 nên chữ tiếng Việt bị lỗi; hãy mở bằng Excel và lưu lại với kiểu 'CSV UTF-8 (Comma delimited)'",
            "the CSV file is not saved as UTF-8, so Vietnamese letters are garbled; open it in Excel and save it as 'CSV UTF-8 (Comma delimited)'"),

        // Forms (FM).
        ["FM001"] = ("tệp không phải biểu mẫu tự đánh giá do IndexScorer tạo (thiếu phần nhận dạng); hãy dùng biểu mẫu từ lệnh 'template'",
            "the file is not a self-assessment form made by IndexScorer (its identity is missing); use a form from the 'template' command"),
        ["FM002"] = ("biểu mẫu lập theo khung '{0}' năm {1}, nhưng đợt đánh giá dùng khung '{2}' năm {3}; hãy điền lại vào biểu mẫu đúng năm",
            "the form was made for framework '{0}', year {1}, but this campaign uses '{2}', year {3}; fill in the form of the right year"),
        ["FM003"] = ("biểu mẫu lập cho nhóm '{0}', khung '{1}' không có nhóm này", "the form is for group '{0}', which framework '{1}' does not have"),
        ["FM004"] = ("biểu mẫu lập từ phiên bản khung khác ({0}; hiện dùng {1}) hoặc danh mục tiêu chí đã bị sửa; hãy chép số liệu sang biểu mẫu mới tạo bằng lệnh 'template'",
            "the form was made from another framework version ({0}; now {1}) or its criteria were edited; copy the entries into a fresh form from 'template'"),
        ["FM005"] = ("dòng {0} phải là '{1}' nhưng tìm thấy '{2}': các dòng tiêu chí đã bị sửa, chèn, xóa hoặc di chuyển; hãy chép số liệu sang biểu mẫu mới tạo bằng lệnh 'template'",
            "row {0} must be '{1}' but holds '{2}': criteria rows were edited, inserted, deleted or moved; copy the entries into a fresh form from 'template'"),
        ["FM007"] = ("ô này chứa công thức (kết quả lưu sẵn '{0}' không được dùng); hãy xóa công thức và gõ thẳng giá trị",
            "this cell holds a formula (its stored result '{0}' is not used); delete the formula and type the value itself"),
        ["FM008"] = ("ô tỷ lệ phần trăm chứa {0} mà không có định dạng %, nên không rõ là {0}% hay {1}%; hãy gõ {1} (nghĩa là {1}%), hoặc gõ kèm dấu % như '{0}%'",
            "the percentage cell holds {0} without a % format, so {0}% and {1}% are both possible; type {1} (meaning {1}%), or type it with a % sign such as '{0}%'"),
        ["FM006"] = ("dòng tổng điểm phải là dòng {0} nhưng không có ở đó: các dòng số liệu đã bị chèn hoặc xóa; hãy chép số liệu sang biểu mẫu mới tạo bằng lệnh 'template'",
            "the total must be on row {0} but is not there: input rows were inserted or deleted; copy the entries into a fresh form from 'template'"),

        // Appraisal (AP0xx): what the council's files and the units' forms hold.
        ["AP001"] = ("biểu mẫu của đơn vị có giá trị ở cột thẩm định ({0}); điểm thẩm định chỉ lấy từ tệp của hội đồng thẩm định (thư mục appraisal), các giá trị này không được dùng",
            "the unit's form holds values in appraisal columns ({0}); appraisal is taken only from the council's files (the appraisal folder), so these are not used"),
        ["AP002"] = ("tệp trong thư mục appraisal không phải bảng thẩm định do IndexScorer tạo; hãy dùng tệp từ lệnh 'appraisal' hoặc chuyển tệp này ra khỏi thư mục",
            "the file in the appraisal folder is not an appraisal workbook made by IndexScorer; use a file from the 'appraisal' command or move this one out of the folder"),
        ["AP003"] = ("bảng thẩm định lập theo khung '{0}' năm {1}, nhưng đợt đánh giá dùng khung '{2}' năm {3}; hãy tạo lại bằng lệnh 'appraisal'",
            "the appraisal workbook was made for framework '{0}', year {1}, but this campaign uses '{2}', year {3}; make it again with the 'appraisal' command"),

        // Explanation files (EX0xx): sent to each unit after round 1, sealed with the office's key, read back when returned.
        ["EX002"] = ("tệp khóa của văn phòng bị hỏng (cần một khóa base64 từ 16 byte trở lên) nên không niêm phong hay kiểm tra được tệp giải trình; hãy lấy lại tệp khóa từ bản sao lưu (tạo khóa mới thì các tệp đã gửi không kiểm tra được nữa)",
            "the office's key file is damaged (expected a base64 key of 16 bytes or more), so explanation files cannot be sealed or checked; restore it from a backup (a new key cannot check the files already sent)"),
        ["EX003"] = ("tệp trong thư mục explanations không phải tệp giải trình do lệnh 'explain' tạo (không có dấu niêm phong); hãy dùng tệp văn phòng đã gửi hoặc chuyển tệp này ra khỏi thư mục",
            "the file in the explanations folder is not an explanation file made by 'explain' (it has no seal); use the file the office sent or move this one out of the folder"),
        ["EX004"] = ("dấu niêm phong của tệp giải trình không khớp với khóa của văn phòng: tệp không do văn phòng này gửi cho đợt đánh giá này, hoặc phần niêm phong đã bị sửa; tệp không được nhận, hãy gửi lại đơn vị tệp mới từ lệnh 'explain'",
            "the explanation file's seal does not match the office's key: the file was not sent by this office for this campaign, or its sealed record was changed; the file is refused: send the unit a new one made by 'explain'"),
        ["EX005"] = ("ô được bảo vệ của tệp giải trình đã bị sửa: cần '{0}' như văn phòng đã gửi; tìm thấy '{1}'; đơn vị chỉ được ghi vào cột giải trình và tài liệu bổ sung; tệp không được nhận, hãy đề nghị đơn vị ghi giải trình vào tệp đã gửi mà không sửa ô khác",
            "a protected cell of the explanation file was changed: expected '{0}' as the office sent it; found '{1}'; a unit may type only in the explanation and new-evidence columns; the file is refused: ask the unit to type its explanation into the file it was sent without changing other cells"),
        ["EX006"] = ("tệp giải trình lập theo khung '{0}' năm {1}, nhưng đợt đánh giá dùng khung '{2}' năm {3}; hãy chuyển tệp này ra khỏi thư mục explanations",
            "the explanation file was made for framework '{0}', year {1}, but this campaign uses '{2}', year {3}; move it out of the explanations folder"),

        // Campaign folder (CF).
        ["CF001"] = ("thư mục đợt đánh giá không có tệp {0}; xem README.md mục 'Thư mục đợt đánh giá'", "the campaign folder has no {0}; see README.md, 'Campaign folder'"),
        ["CF002"] = ("tệp campaign.json không đúng cú pháp JSON ở cột {0}; thường do thiếu dấu phẩy, dấu ngoặc kép hoặc ngoặc nhọn",
            "campaign.json is not valid JSON at column {0}; usually a missing comma, quote or brace"),
        ["CF003"] = ("campaign.json phải là một đối tượng JSON chứa các mục \"year\" (năm) và \"framework\" (khung)",
            "campaign.json must be a JSON object with the entries \"year\" and \"framework\""),
        ["CF004"] = ("không tìm thấy khung '{0}' (theo đường dẫn, hoặc trong thư mục frameworks/ phía trên)", "framework '{0}' not found (as a path, or in a frameworks/ folder above)"),
        ["CF005"] = ("campaign.json ghi năm {0} nhưng khung {1} là của năm {2}", "campaign.json says year {0} but framework {1} is for {2}"),
        ["CF006"] = ("không có thư mục biểu mẫu '{0}'", "there is no forms folder '{0}'"),
        ["CF007"] = ("không có tệp danh sách đơn vị", "the roster file does not exist"),
        ["CF008"] = ("không có tệp kết quả điều tra XHH", "the survey results file does not exist"),
        ["CF016"] = ("đây là liên kết (shortcut) tới một tệp ngoài thư mục đợt đánh giá nên không được đọc; hãy chép chính tệp biểu mẫu vào thư mục forms",
            "this is a link to a file outside the campaign folder, so it is not read; copy the form itself into the forms folder"),
        ["CF017"] = ("mục \"{0}\" của campaign.json trỏ ra ngoài thư mục đợt đánh giá ('{1}') nên không được đọc; hãy chép tệp vào thư mục đợt đánh giá (khung: vào một thư mục frameworks/ của nó hoặc phía trên), hoặc chạy lệnh với --allow-outside nếu đúng là bạn muốn đọc tệp ở đó",
            "\"{0}\" in campaign.json points outside the campaign folder ('{1}'), so it is not read; copy the file into the campaign folder (a framework: into a frameworks/ folder of it or above it), or run the command with --allow-outside if you do mean to read it there"),
        ["CF011"] = ("mục \"{0}\" của campaign.json phải là {1}; tìm thấy {2}", "\"{0}\" in campaign.json must be {1}; found {2}"),
        ["CF012"] = ("campaign.json có mục lạ \"{0}\" (gõ nhầm?); các mục có thể dùng: {1}", "campaign.json has an unknown entry \"{0}\" (a typo?); the entries are: {1}"),
        ["CF013"] = ("một năm như 2024", "a year such as 2024"),
        ["CF014"] = ("không có mục này", "nothing (the entry is missing)"),
        ["CF015"] = ("một chuỗi như \"roster.csv\"", "a text such as \"roster.csv\""),
        // campaign.json's "report" entry (the report's official form); each text fills {1} of CF011.
        ["CF018"] = ("một đối tượng JSON { … } với các mục như trong README.md, mục campaign.json (ví dụ {\"issuer\": \"UBND QUẬN MINH HỌA\", \"signers\": […]})",
            "a JSON object { … } with the entries README.md lists under campaign.json (e.g. {\"issuer\": \"...\", \"signers\": […]})"),
        ["CF019"] = ("một chuỗi, hoặc danh sách 1 đến 3 chuỗi, mỗi chuỗi một dòng (ví dụ [\"KT. CHỦ TỊCH\", \"PHÓ CHỦ TỊCH\"])",
            "a text, or a list of 1 to 3 texts, one per line (e.g. [\"line 1\", \"line 2\"])"),
        ["CF020"] = ("một ngày viết năm-tháng-ngày trong ngoặc kép, ví dụ \"2025-01-15\" cho ngày 15 tháng 01 năm 2025",
            "a date written year-month-day in quotes, e.g. \"2025-01-15\" for 15 January 2025"),
        ["CF021"] = ("true hoặc false (không có ngoặc kép)", "true or false (without quotes)"),
        ["CF022"] = ("true (quốc hiệu, tiêu ngữ chuẩn), false (không in) hoặc danh sách đúng 2 chuỗi (dòng quốc hiệu, dòng tiêu ngữ)",
            "true (the standard national heading), false (none) or a list of exactly 2 texts (the heading's line, the motto's line)"),
        ["CF023"] = ("danh sách 1 đến 3 khối chữ ký, mỗi khối {\"title\": \"CHỦ TỊCH\", \"name\": \"…\"}",
            "a list of 1 to 3 signature blocks, each {\"title\": \"...\", \"name\": \"...\"}"),
        ["CF024"] = ("số quyết định dạng chuỗi, ví dụ \"123/QĐ-UBND\"", "the decision's number as a text, e.g. \"123/QD-UBND\""),
        ["CF025"] = ("một chuỗi không rỗng", "a text that is not empty"),
    });
}
