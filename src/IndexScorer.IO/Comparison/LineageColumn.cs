namespace IndexScorer.IO.Comparison;

/// <summary>The columns of a unit lineage file (frameworks/README.md, "Unit lineage files").</summary>
internal enum LineageColumn
{
    /// <summary>Năm cũ: the year of the old unit; optional, must be the older year compared.</summary>
    OldYear,

    /// <summary>Mã đơn vị cũ: the older year's unit code; required.</summary>
    OldCode,

    /// <summary>Tên đơn vị cũ: the old unit's name, for people (and for a unit without results).</summary>
    OldName,

    /// <summary>Mã đơn vị mới: the newer year's unit code; blank when this part has no successor.</summary>
    NewCode,

    /// <summary>Tỷ lệ: the part of the old unit that went to the new one; blank for equal parts.</summary>
    Share,

    /// <summary>Trọng số: the old unit's size (population, area, dossiers); blank for equal weights.</summary>
    Weight,

    /// <summary>Căn cứ trọng số: what the weight measures.</summary>
    Basis,

    /// <summary>Có kết quả: "Không" when the old unit was not scored in the older year.</summary>
    HasResults,

    /// <summary>Ghi chú: a free note.</summary>
    Note,
}
