namespace IndexScorer.IO.Comparison;

/// <summary>The columns of a crosswalk file (frameworks/README.md, "Crosswalk files").</summary>
internal enum CrosswalkColumn
{
    /// <summary>Nhóm: the unit group's code.</summary>
    Group,

    /// <summary>Nhóm cũ: the older year's group when it differs (a reorganisation); blank for the same group.</summary>
    OldGroup,

    /// <summary>Mã cũ: the code in the older framework; blank for a new criterion.</summary>
    OldCode,

    /// <summary>Mã mới: the code in the newer framework; blank for a removed criterion.</summary>
    NewCode,

    /// <summary>Loại: the kind, written for people and recomputed on reading.</summary>
    Kind,

    /// <summary>Ghi chú: a free note.</summary>
    Note,

    /// <summary>Cần quyết định: marked when a proposal awaits a person's decision.</summary>
    Decide,
}
