namespace IndexScorer.IO.Forms;

/// <summary>
/// The lines of the block for the person who filled the form, in their order below the total (see
/// <see cref="FormLayout.PreparedByRow"/>): for the office to call back; never scored.
/// </summary>
internal enum PreparedByField
{
    /// <summary>Full name.</summary>
    Name,

    /// <summary>Position (chức vụ).</summary>
    Position,

    /// <summary>Phone number.</summary>
    Phone,

    /// <summary>The date the form was filled.</summary>
    Date,

    /// <summary>Signature (on the printed copy).</summary>
    Signature,
}
