using IndexScorer.Text;

namespace IndexScorer.Diagnostics;

/// <summary>
/// Every user-facing diagnostic text, in Vietnamese and English, keyed by a stable code. Each says what
/// is wrong, what was expected, what was found and how to fix it.
/// </summary>
public static class Messages
{
    /// <summary>The language messages are rendered in; Vietnamese unless the user asks for English.</summary>
    public static Language Language { get; set; } = Language.Vietnamese;

    /// <summary>Renders the message <paramref name="code"/> with its arguments in <see cref="Language"/>.</summary>
    public static string Format(string code, params object[] args)
    {
        if (!Catalog.TryGetValue(code, out var text)) throw new ArgumentException($"No message with code {code}.", nameof(code));
        return Bilingual.Pick(text, Language, args);
    }

    /// <summary>Every message code, for tests that check both languages are complete.</summary>
    public static IEnumerable<string> Codes => Catalog.Keys;

    private static readonly Dictionary<string, (string Vi, string En)> Catalog = new()
    {
        // Rules (RU): the text of a rule cell.
        ["RU001"] = ("không đọc được quy tắc '{0}'; quy tắc phải bắt đầu bằng một trong: {1}",
            "cannot read the rule '{0}'; a rule must start with one of: {1}"),
        ["RU005"] = ("quy tắc '{0}' thiếu hoặc sai số liệu đầu vào trong ngoặc vuông; ví dụ đúng: {1}",
            "the rule '{0}' lacks its bracketed inputs or has them wrong; for example: {1}"),
        ["RU007"] = ("không hiểu vế '{0}'; ví dụ đúng: {1}", "cannot read the clause '{0}'; for example: {1}"),
        ["RU008"] = ("mức '{0}' được khai báo hai lần", "the level '{0}' is listed twice"),
        ["RU009"] = ("quy tắc '{0}' chưa đủ các vế; ví dụ đúng: {1}", "the rule '{0}' is incomplete; for example: {1}"),
        ["RU010"] = ("không hiểu khoảng tỷ lệ '{0}'; viết như 'từ 80% đến dưới 100%', 'từ 100% trở lên', 'dưới 80%' hoặc '100%'",
            "cannot read the range '{0}'; write it as 'from 80% to under 100%', '100% and above', 'under 80%' or '100%'"),
        ["RU011"] = ("các bậc để trống khoảng tại {0} (ngay trước '{1}'); các bậc phải phủ kín từ 0% đến 100%",
            "the tiers leave a gap at {0} (just before '{1}'); tiers must cover 0% to 100% without a gap"),
        ["RU012"] = ("hai bậc '{0}' và '{1}' chồng lên nhau; mỗi tỷ lệ chỉ được thuộc một bậc",
            "the tiers '{0}' and '{1}' overlap; each percentage must fall in exactly one tier"),

        // Framework workbook (FW).
        ["FW001"] = ("mã tiêu chí '{0}' không đúng dạng; cần dạng như 1, 3.2 hoặc 3.2.1 (phần thưởng/trừ: T, T.1)",
            "criterion code '{0}' is malformed; expected a code such as 1, 3.2 or 3.2.1 (bonus/penalty: T, T.1)"),
        ["FW002"] = ("mã '{0}' xuất hiện hai lần; mỗi mã chỉ được dùng một lần", "code '{0}' appears twice; each code may be used once"),
        ["FW003"] = ("tiêu chí {0} không có mục cha {1}; hãy thêm dòng {1} hoặc sửa mã", "criterion {0} has no parent {1}; add a row {1} or correct the code"),
        ["FW004"] = ("điểm tối đa của {0} là {1} nhưng tổng điểm tối đa các mục con ({2}) là {3}; hai số phải bằng nhau",
            "the maximum of {0} is {1} but its children ({2}) add up to {3}; the two must be equal"),
        ["FW005"] = ("điểm tối đa của {0} phải là số dương; tìm thấy '{1}'", "the maximum of {0} must be a positive number; found '{1}'"),
        ["FW006"] = ("quy tắc chấm của {0}: {1}", "scoring rule of {0}: {1}"),
        ["FW007"] = ("nhóm {0}: tổng điểm thang khai báo là {1} nhưng tổng điểm tối đa các lĩnh vực là {2}",
            "group {0}: the scale total is declared as {1} but the fields' maxima add up to {2}"),
        ["FW010"] = ("nguồn điểm '{0}' không hợp lệ; cần 'Tự đánh giá' hoặc 'ĐTXHH'", "point source '{0}' is not valid; expected 'Tự đánh giá' (self-assessment) or 'ĐTXHH' (survey)"),
        ["FW011"] = ("chế độ không phát sinh '{0}' không hợp lệ; cần 'Đủ điểm', 'Loại trừ' hoặc 'Không'",
            "N/A policy '{0}' is not valid; expected 'Đủ điểm' (full points), 'Loại trừ' (excluded) or 'Không' (not allowed)"),
        ["FW012"] = ("các mục con của {0} phải cùng có hoặc cùng không có trọng số; thiếu trọng số ở: {1}",
            "the children of {0} must all have a weight or none; missing at: {1}"),
        ["FW013"] = ("tiêu chí {0}: quy tắc 'khảo sát' chỉ dùng cho nguồn điểm ĐTXHH và ngược lại",
            "criterion {0}: a 'survey' rule goes with the survey point source, and only there"),
        ["FW014"] = ("quy tắc của {0} cho tới {1} điểm, vượt điểm tối đa {2}", "the rule of {0} gives up to {1} points, above its maximum {2}"),
        ["FW015"] = ("tiêu chí phân định đồng hạng '{0}' không có trong khung của nhóm {1}", "tie-breaker '{0}' is not a criterion of group {1}"),
        ["FW016"] = ("tiêu chí {0} là mục lá nhưng chưa có quy tắc chấm", "criterion {0} is a leaf but has no scoring rule"),
        ["FW017"] = ("{0} có mục con nên không được có quy tắc chấm; quy tắc đặt ở các mục lá", "{0} has children, so it takes no rule; rules belong to leaves"),
        ["FW018"] = ("nhóm {0}: bậc xếp loại thấp nhất phải bắt đầu từ 0%; tìm thấy {1}%", "group {0}: the lowest classification band must start at 0%; found {1}%"),
        ["FW019"] = ("ô này không được để trống", "this cell must not be blank"),
        ["FW020"] = ("năm đánh giá phải là số như 2024; tìm thấy '{0}'", "the year must be a number such as 2024; found '{0}'"),
        ["FW021"] = ("khung chưa có nhóm đơn vị nào", "the framework has no unit group"),
        ["FW022"] = ("trọng số của {0} phải là số dương; tìm thấy '{1}'", "the weight of {0} must be a positive number; found '{1}'"),
        ["FW023"] = ("phần '{0}' không hợp lệ; cần để trống (lĩnh vực chấm điểm), 'Điểm thưởng' hoặc 'Điểm trừ'",
            "section '{0}' is not valid; expected blank (scored field), 'Điểm thưởng' (bonus) or 'Điểm trừ' (penalty)"),
        ["FW024"] = ("chỉ được có một phần điểm thưởng và một phần điểm trừ; {0} là phần thứ hai", "only one bonus and one penalty section are allowed; {0} is a second one"),
        ["FW025"] = ("nhóm {0}: tổng điểm thang phải là số dương; tìm thấy '{1}'", "group {0}: the scale total must be a positive number; found '{1}'"),
        ["FW026"] = ("điều tra XHH '{0}' không hợp lệ; cần 'Bắt buộc' hoặc 'Không bắt buộc'", "survey setting '{0}' is not valid; expected 'Bắt buộc' (required) or 'Không bắt buộc' (optional)"),
        ["FW027"] = ("nhóm {0} chưa có bậc xếp loại nào trong sheet Xếp loại", "group {0} has no classification band in the bands sheet"),
        ["FW028"] = ("cột Phần chỉ có nghĩa ở dòng lĩnh vực; giá trị ở {0} bị bỏ qua", "the section column only counts on top-level rows; the value at {0} is ignored"),
        ["FW029"] = ("'{0}' không hợp lệ; cần 'Có' hoặc 'Không'", "'{0}' is not valid; expected 'Có' (yes) or 'Không' (no)"),
        ["FW030"] = ("ngưỡng xếp loại phải là số từ 0 đến 100; tìm thấy '{0}'", "a band minimum must be a number from 0 to 100; found '{0}'"),

        // Scoring a unit's form (SC).
        ["SC001"] = ("biểu mẫu thiếu dòng của tiêu chí {0}; hãy dùng biểu mẫu do lệnh 'template' tạo, không xóa dòng",
            "the form has no row for criterion {0}; use the form made by 'template' and do not delete rows"),
        ["SC002"] = ("không có kết quả điều tra XHH của đơn vị {0} cho tiêu chí {1}; hãy bổ sung vào tệp kết quả điều tra",
            "no survey answers for unit {0}, criterion {1}; add them to the survey results"),
        ["SC003"] = ("tiêu chí {0} không được đánh dấu không phát sinh; tìm thấy '{1}'; hãy xóa dấu và nhập số liệu",
            "criterion {0} cannot be marked not applicable; found '{1}'; clear the mark and enter the figures"),
        ["SC004"] = ("tiêu chí {0}: '{1}' ({2}) lớn hơn '{3}' ({4}); tử số không được vượt mẫu số",
            "criterion {0}: '{1}' ({2}) is larger than '{3}' ({4}); the numerator cannot exceed the denominator"),
        ["SC005"] = ("tiêu chí {0}: '{1}' bằng 0 nên tiêu chí không phát sinh, nhưng tiêu chí này luôn phải phát sinh",
            "criterion {0}: '{1}' is 0, so the criterion did not arise, but it always must"),
        ["SC006"] = ("tiêu chí {0} có điểm tự chấm nhưng chưa ghi tài liệu kiểm chứng; hãy ghi số, ký hiệu văn bản",
            "criterion {0} has a self score but no evidence reference; cite the document number"),
        ["SC010"] = ("điểm thẩm định của {0} phải là số; tìm thấy '{1}'", "the appraised score of {0} must be a number; found '{1}'"),
        ["SC011"] = ("điểm {1} vượt điểm tối đa {2} của tiêu chí {0} (hoặc là số âm); cần từ 0 đến {2}",
            "{1} points is outside 0 to the maximum {2} of criterion {0}; expected 0 to {2}"),
        ["SC012"] = ("tiêu chí {0}: chưa nhập '{1}'; hãy nhập số liệu hoặc đánh dấu không phát sinh",
            "criterion {0}: '{1}' is empty; enter it or mark the criterion not applicable"),
        ["SC013"] = ("tiêu chí {0}: cần chọn một trong {1}; tìm thấy '{2}'", "criterion {0}: expected one of {1}; found '{2}'"),
        ["SC014"] = ("tiêu chí {0}: '{1}' phải là số; tìm thấy '{2}'", "criterion {0}: '{1}' must be a number; found '{2}'"),
        ["SC015"] = ("tiêu chí {0}: '{1}' không được âm; tìm thấy {2}", "criterion {0}: '{1}' cannot be negative; found {2}"),
        ["SC016"] = ("tiêu chí {0}: '{1}' phải là số nguyên (số lượng); tìm thấy '{2}'", "criterion {0}: '{1}' must be a whole number (a count); found '{2}'"),
        ["SC018"] = ("tiêu chí {0}: cột Không phát sinh chỉ nhận 'Không phát sinh' (hoặc để trống); tìm thấy '{1}'",
            "criterion {0}: the N/A column takes only 'Không phát sinh' (or blank); found '{1}'"),
        ["SC017"] = ("tiêu chí {0}: '{1}' là tỷ lệ phần trăm, cần từ 0 đến 100; tìm thấy {2}", "criterion {0}: '{1}' is a percentage, expected 0 to 100; found {2}"),

        // Campaign: roster, forms, survey (CP).
        ["CP001"] = ("đơn vị {0} thuộc nhóm '{1}' nhưng khung không có nhóm này; các nhóm có: {2}",
            "unit {0} is in group '{1}', which the framework does not have; its groups are: {2}"),
        ["CP002"] = ("mã đơn vị {0} đã có trong danh sách (ô {1}); mỗi đơn vị chỉ được một dòng", "unit code {0} is already on the roster (cell {1}); one row per unit"),
        ["CP003"] = ("biểu mẫu của đơn vị {0}, đơn vị này không có trong danh sách đơn vị; hãy thêm vào danh sách hoặc bỏ biểu mẫu khỏi thư mục",
            "a form for unit {0}, which is not on the roster; add it to the roster or remove the form"),
        ["CP004"] = ("đơn vị {0} đã có biểu mẫu khác ({1}); mỗi đơn vị chỉ nộp một biểu mẫu, hãy bỏ bản thừa",
            "unit {0} already has a form ({1}); keep one form per unit and remove the other"),
        ["CP005"] = ("đơn vị {0} ({1}) có trong danh sách nhưng chưa có biểu mẫu đọc được (thiếu tệp, hoặc tệp lỗi như báo ở trên); hãy thu biểu mẫu hoặc bỏ đơn vị khỏi danh sách",
            "unit {0} ({1}) is on the roster but has no readable form (missing, or broken as reported above); collect it or take the unit off the roster"),
        ["CP006"] = ("biểu mẫu của đơn vị {0} lập cho nhóm {1} nhưng danh sách xếp đơn vị vào nhóm {2}; hãy lập lại biểu mẫu bằng lệnh 'template'",
            "the form of unit {0} is for group {1} but the roster puts the unit in group {2}; make a new form with 'template'"),
        ["CP007"] = ("tên đơn vị trên biểu mẫu '{0}' khác tên trong danh sách '{1}'; dùng tên trong danh sách",
            "the unit name on the form '{0}' differs from the roster's '{1}'; the roster's name is used"),
        ["CP010"] = ("kết quả điều tra cho đơn vị {0}, đơn vị này không có trong danh sách", "survey answers for unit {0}, which is not on the roster"),
        ["CP011"] = ("'{0}' không phải tiêu chí điều tra XHH của nhóm {1}", "'{0}' is not a survey criterion of group {1}"),
        ["CP012"] = ("phương án '{0}' không có trong quy tắc của tiêu chí {1}; các phương án: {2}", "option '{0}' is not in the rule of criterion {1}; the options are: {2}"),
        ["CP013"] = ("số phiếu phải là số nguyên không âm; tìm thấy '{0}'", "the number of respondents must be a whole number, zero or more; found '{0}'"),
        ["CP014"] = ("nhóm {0} ({1}) bắt buộc có kết quả điều tra XHH nhưng tệp kết quả không có đơn vị nào của nhóm",
            "group {0} ({1}) requires survey results but the survey file has none of its units"),

        // Year-over-year comparison and crosswalks (CW).
        ["CW001"] = ("thiếu mã nhóm; cần mã nhóm của khung như PHONG", "the group is blank; expected a group code of the framework such as PHONG"),
        ["CW002"] = ("mã cũ '{0}' không đúng dạng; cần dạng như 3.2.1, hoặc để trống cho tiêu chí mới", "old code '{0}' is malformed; expected a code such as 3.2.1, or blank for a new criterion"),
        ["CW003"] = ("mã mới '{0}' không đúng dạng; cần dạng như 3.2.1, hoặc để trống cho tiêu chí bị bỏ", "new code '{0}' is malformed; expected a code such as 3.2.1, or blank for a removed criterion"),
        ["CW004"] = ("dòng có cả mã cũ và mã mới để trống; ghi ít nhất một mã hoặc xóa dòng", "both the old and the new code are blank; fill in at least one or delete the row"),
        ["CW005"] = ("dòng trùng với dòng {0} (nhóm {1}, {2} → {3}); hãy xóa một dòng", "the row repeats row {0} (group {1}, {2} → {3}); delete one of them"),
        ["CW010"] = ("mã cũ {0} không có trong khung năm {1} của nhóm {2}; hãy sửa mã theo khung năm {1}", "old code {0} is not in the {1} framework of group {2}; correct it to a code of the {1} framework"),
        ["CW011"] = ("mã mới {0} không có trong khung năm {1} của nhóm {2}; hãy sửa mã theo khung năm {1}", "new code {0} is not in the {1} framework of group {2}; correct it to a code of the {1} framework"),
        ["CW012"] = ("dòng {0} → {1} còn đánh dấu cần quyết định; đã dùng như đang ghi, hãy xem lại rồi xóa dấu", "the row {0} → {1} is still marked for a decision; it was used as written; review it and clear the mark"),
        ["CW013"] = ("mã {0} có ở cả hai năm nhưng nội dung khác hẳn ({1}: '{2}'; {3}: '{4}') và bảng chuyển đổi không nhắc tới; đã coi là cùng tiêu chí, nếu không phải hãy thêm dòng vào bảng chuyển đổi",
            "code {0} is in both years but its wording differs widely ({1}: '{2}'; {3}: '{4}') and the crosswalk does not name it; it was taken as the same criterion; if it is not, add a crosswalk row"),
        ["CW014"] = ("tiêu chí {0} (năm {1}, nhóm {2}) không có trong bảng chuyển đổi và không có ở năm sau; đã coi là bị bỏ", "criterion {0} ({1}, group {2}) is not in the crosswalk nor in the newer year; taken as removed"),
        ["CW015"] = ("tiêu chí {0} (năm {1}, nhóm {2}) không có trong bảng chuyển đổi và không có ở năm trước; đã coi là tiêu chí mới", "criterion {0} ({1}, group {2}) is not in the crosswalk nor in the older year; taken as new"),
        ["CW016"] = ("nhóm {0}: không có bảng chuyển đổi nên tiêu chí được ghép theo mã; chỉ có ở năm trước: {1}; chỉ có ở năm sau: {2}. Hãy tạo bảng bằng 'framework diff' và dùng --crosswalk",
            "group {0}: no crosswalk, so criteria were matched by code; only in the older year: {1}; only in the newer year: {2}. Make one with 'framework diff' and pass --crosswalk"),
        ["CW017"] = ("nhóm '{0}' không có ở cả hai năm; các nhóm có ở cả hai năm: {1}", "group '{0}' is not in both years; the groups in both years are: {1}"),
        ["CW020"] = ("năm thứ nhất ({0}) không trước năm thứ hai ({1}); lệnh compare nhận năm trước rồi năm sau", "the first year ({0}) is not before the second ({1}); compare takes the older year first"),
        ["CW021"] = ("đơn vị {0} '{1}' năm {2} được ghép theo tên với {3} '{4}' năm {5} vì mã khác nhau; nếu không phải cùng đơn vị, hãy sửa tên hoặc mã",
            "unit {0} '{1}' ({2}) was matched by name to {3} '{4}' ({5}) because the codes differ; if they are not the same unit, correct the name or the code"),
        ["CW030"] = ("nhóm {0} không có trong khung năm {1}; không đề xuất chuyển đổi cho nhóm này", "group {0} is not in the {1} framework; no crosswalk is proposed for it"),
        ["CW031"] = ("nhóm {0} không có trong khung năm {1}; không đề xuất chuyển đổi cho nhóm này", "group {0} is not in the {1} framework; no crosswalk is proposed for it"),
        ["CW040"] = ("không đọc được JSON: {0}; hãy dùng results.json do lệnh 'score' ghi", "cannot read the JSON: {0}; use the results.json written by 'score'"),
        ["CW041"] = ("thiếu '{0}' hoặc sai kiểu; cần {1}", "'{0}' is missing or of the wrong type; expected {1}"),
        ["CW042"] = ("đây không phải results.json của indexscorer (định dạng '{0}', phiên bản {1}); cần định dạng '{2}', phiên bản {3}", "this is not an indexscorer results.json (format '{0}', version {1}); expected format '{2}', version {3}"),
        ["CW043"] = ("'{0}' không phải thư mục đợt đánh giá (có campaign.json) hay tệp results.json", "'{0}' is neither a campaign folder (with campaign.json) nor a results.json file"),
        ["CW044"] = ("'{0}' không phải mã tiêu chí như 3.2.1", "'{0}' is not a criterion code such as 3.2.1"),
        ["CW045"] = ("tiêu chí {0} có hai lần trong cây tiêu chí của nhóm {1}; mỗi mã chỉ được có một lần; hãy dùng results.json do lệnh 'score' ghi",
            "criterion {0} appears twice in the criteria of group {1}; each code may appear once; use the results.json written by 'score'"),
        ["CW046"] = ("kết quả của đơn vị {0} phải theo đúng thứ tự các tiêu chí của nhóm: ở đây cần '{1}', tìm thấy '{2}'; hãy dùng results.json do lệnh 'score' ghi",
            "the results of unit {0} must follow the group's criteria in order: expected '{1}' here, found '{2}'; use the results.json written by 'score'"),

        // Notes written into a proposed crosswalk (CW1xx).
        ["CW100"] = ("đổi số thứ tự {0} → {1}", "renumbered {0} → {1}"),
        ["CW101"] = ("điểm tối đa {0} → {1}", "maximum {0} → {1}"),
        ["CW102"] = ("bỏ ở năm sau: {0}", "removed in the newer year: {0}"),
        ["CW103"] = ("CẦN QUYẾT ĐỊNH: không thấy ở năm sau; có thể đã gộp vào {0} '{1}'", "DECIDE: not found in the newer year; possibly merged into {0} '{1}'"),
        ["CW104"] = ("CẦN QUYẾT ĐỊNH: không thấy ở năm trước; có thể tách từ {0} '{1}'", "DECIDE: not found in the older year; possibly split from {0} '{1}'"),
        ["CW105"] = ("nội dung '{0}' → '{1}' (giống {2}%)", "wording '{0}' → '{1}' ({2}% alike)"),
        ["CW106"] = ("mới ở năm sau: {0}", "new in the newer year: {0}"),

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
        ["IO014"] = ("không ghi được tệp kết quả ({0}); hãy chọn thư mục khác bằng --out, hoặc đóng tệp nếu đang mở trong Excel",
            "cannot write the output file ({0}); choose another folder with --out, or close the file if Excel has it open"),
        ["IO010"] = ("thiếu cột {0} ở dòng tiêu đề; các cột cần có: {1}", "the header row lacks the column(s) {0}; expected columns: {1}"),
        ["IO011"] = ("thiếu cài đặt '{0}' trong sheet Khung (cột A tên, cột B giá trị)", "the setting '{0}' is missing from the Khung sheet (name in column A, value in column B)"),
        ["IO012"] = ("nhóm {0}: không có sheet tiêu chí '{1}'", "group {0}: there is no criteria sheet '{1}'"),
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

        // Campaign folder (CF).
        ["CF001"] = ("thư mục đợt đánh giá không có tệp {0}; xem README.md mục 'Thư mục đợt đánh giá'", "the campaign folder has no {0}; see README.md, 'Campaign folder'"),
        ["CF002"] = ("tệp campaign.json sai cú pháp: {0}", "campaign.json is not valid JSON: {0}"),
        ["CF003"] = ("campaign.json phải có \"year\" (năm) và \"framework\" (khung)", "campaign.json must give \"year\" and \"framework\""),
        ["CF004"] = ("không tìm thấy khung '{0}' (theo đường dẫn, hoặc trong thư mục frameworks/ phía trên)", "framework '{0}' not found (as a path, or in a frameworks/ folder above)"),
        ["CF005"] = ("campaign.json ghi năm {0} nhưng khung {1} là của năm {2}", "campaign.json says year {0} but framework {1} is for {2}"),
        ["CF006"] = ("không có thư mục biểu mẫu '{0}'", "there is no forms folder '{0}'"),
        ["CF007"] = ("không có tệp danh sách đơn vị", "the roster file does not exist"),
        ["CF008"] = ("không có tệp kết quả điều tra XHH", "the survey results file does not exist"),
        ["CF010"] = ("không đọc được kết quả năm trước '{0}' (mục \"previous\" của campaign.json); xem các lỗi ở trên, hoặc bỏ mục này",
            "cannot read last year's results '{0}' (\"previous\" in campaign.json); see the errors above, or remove the entry"),
        ["CF009"] = ("thư mục kết quả '{0}' trùng với một tệp hoặc thư mục đầu vào; hãy chọn thư mục khác bằng --out", "the output '{0}' is one of the inputs; choose another folder with --out"),

        // Templates (TP).
        ["TP001"] = ("biểu mẫu đã có nên không ghi đè (dùng --force để ghi đè)", "the form exists and was not overwritten (use --force to overwrite)"),
    };
}
