namespace IndexScorer.IO.Reports;

/// <summary>
/// The official form of report.xlsx, as campaign.json's "report" entry sets it (README.md, campaign.json): the issuing body
/// top left, the national heading top right, the decision the results are attached to under the title, and the place and
/// date line and the signature blocks after the tables. Nothing set: the report carries none of them.
/// </summary>
/// <param name="Issuer">The issuing body's lines, e.g. "UBND QUẬN MINH HỌA"; empty: none.</param>
/// <param name="NationalHeading">
/// The national heading's two lines; null: the standard one in the report's language; empty: none.
/// </param>
/// <param name="Decision">The decision the results are attached to; null: none.</param>
/// <param name="Place">The place of the place and date line; null: no such line.</param>
/// <param name="Date">The date of the place and date line; null: left blank, to be written by hand.</param>
/// <param name="Signers">The signature blocks, left to right.</param>
/// <param name="GroupByBand">List the ranking band by band, each under a sub-heading.</param>
internal sealed record OfficialForm(
    IReadOnlyList<string> Issuer, IReadOnlyList<string>? NationalHeading, AttachedDecision? Decision, string? Place, DateOnly? Date,
    IReadOnlyList<Signer> Signers, bool GroupByBand)
{
    /// <summary>The most lines an issuing body or a signer's title may have.</summary>
    public const int MaxLines = 3;

    /// <summary>The most signature blocks side by side.</summary>
    public const int MaxSigners = 3;

    /// <summary>The report as it is without a "report" entry.</summary>
    public static OfficialForm None { get; } = new([], [], null, null, null, [], GroupByBand: false);

    /// <summary>Whether the sheets open with the issuing body and the national heading.</summary>
    public bool HasHeading => Issuer.Count > 0 || NationalHeading is null or { Count: > 0 };

    /// <summary>Whether the sheets close with the place and date line or signature blocks.</summary>
    public bool HasSignatures => Place is not null || Signers.Count > 0;
}

/// <summary>The decision the results are attached to: "(Kèm theo Quyết định số … ngày … của …)".</summary>
/// <param name="Number">The decision's number, e.g. "123/QĐ-UBND".</param>
/// <param name="Date">The day it was signed.</param>
/// <param name="By">Who issued it, e.g. "Ủy ban nhân dân quận Minh Họa"; null: not said.</param>
internal sealed record AttachedDecision(string Number, DateOnly Date, string? By);

/// <summary>A signature block: its title lines (e.g. "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name (null: written by hand).</summary>
internal sealed record Signer(IReadOnlyList<string> Title, string? Name);
