namespace IndexScorer.Frameworks;

/// <summary>The columns of a criteria sheet (frameworks/README.md).</summary>
internal enum CriterionField
{
    /// <summary>Mã: the hierarchical code.</summary>
    Code,

    /// <summary>Nội dung: the wording.</summary>
    Title,

    /// <summary>Điểm tối đa.</summary>
    MaxPoints,

    /// <summary>Phần: scored, bonus or penalty (top-level rows only).</summary>
    Section,

    /// <summary>Nguồn điểm: self-assessment or survey.</summary>
    Source,

    /// <summary>Quy tắc chấm: the rule (leaves only).</summary>
    Rule,

    /// <summary>Không phát sinh: the N/A policy.</summary>
    NotApplicable,

    /// <summary>Trọng số: an optional weight.</summary>
    Weight,

    /// <summary>Hướng dẫn chấm điểm: guidance for the unit.</summary>
    Guidance,

    /// <summary>Tài liệu kiểm chứng: the evidence expected.</summary>
    Evidence,

    /// <summary>Bắt buộc kiểm chứng: whether evidence must be cited.</summary>
    EvidenceRequired,

    /// <summary>Cơ quan thẩm định: the appraising body (optional; a field's holds for its criteria).</summary>
    AppraisingBody,
}
