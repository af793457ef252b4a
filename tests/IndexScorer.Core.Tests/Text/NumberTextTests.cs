using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Text;

public class NumberTextTests
{
    [TestCase("1,5", 1.5)]
    [TestCase("1.5", 1.5)]
    [TestCase(" 1,5 ", 1.5)]
    [TestCase("98%", 98)]
    [TestCase(" 98 % ", 98)]
    [TestCase("7999", 7999)]
    [TestCase("-2", -2)]
    [TestCase("0,25", 0.25)]
    public void TryParse_PeopleTyped_ReadsTheNumber(string text, decimal expected)
    {
        var parsed = NumberText.TryParse(text, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(value, Is.EqualTo(expected));
        }
    }

    [TestCase("98%", true)]
    [TestCase("98", false)]
    public void TryParse_TrailingPercent_IsReported(string text, bool expected)
    {
        NumberText.TryParse(text, out _, out var hadPercent);

        Assert.That(hadPercent, Is.EqualTo(expected));
    }

    [TestCase("1.234")]
    [TestCase("2,000")]
    [TestCase("1,2.5")]
    [TestCase("1.23.456")]
    [TestCase("#DIV/0!")]
    [TestCase("abc")]
    [TestCase("%")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_NotADecimalOrAmbiguous_IsRejected(string? text)
    {
        Assert.That(NumberText.TryParse(text, out _), Is.False);
    }

    /// <summary>The notations of a whole-number field (a count): separators before groups of three are thousands.</summary>
    [TestCase("2000", 2000, TestName = "Read_Whole_Plain")]
    [TestCase("2.000", 2000, TestName = "Read_Whole_VietnameseThousandsPoint")]
    [TestCase("2,000", 2000, TestName = "Read_Whole_InternationalThousandsComma")]
    [TestCase("2 000", 2000, TestName = "Read_Whole_ThousandsSpace")]
    [TestCase("2\u00A0000", 2000, TestName = "Read_Whole_ThousandsNoBreakSpace")]
    [TestCase("1.234.567", 1234567, TestName = "Read_Whole_SeveralVietnameseGroups")]
    [TestCase("1,234,567", 1234567, TestName = "Read_Whole_SeveralInternationalGroups")]
    [TestCase("10,0", 10, TestName = "Read_Whole_DecimalCommaWithZero")]
    [TestCase("1,5", 1.5, TestName = "Read_Whole_DecimalCommaStaysDecimal")]
    [TestCase("0.500", 0.5, TestName = "Read_Whole_LeadingZeroIsNeverAThousandsGroup")]
    [TestCase("1234.567", 1234.567, TestName = "Read_Whole_FourDigitsBeforeIsNeverAThousandsGroup")]
    [TestCase("1.234,5", 1234.5, TestName = "Read_Whole_VietnameseBothMarks")]
    public void Read_WholeField_ReadsAsMeant(string text, decimal expected)
    {
        var reading = NumberText.Read(text, NumberField.Whole);

        Assert.That(reading, Is.EqualTo(new NumberReading(expected, false, null)));
    }

    /// <summary>The notations of a decimal field (a percentage, points, an amount).</summary>
    [TestCase("1,5", 1.5, TestName = "Read_Decimal_VietnameseDecimalComma")]
    [TestCase("1.5", 1.5, TestName = "Read_Decimal_InternationalDecimalPoint")]
    [TestCase("1.234,5", 1234.5, TestName = "Read_Decimal_VietnameseThousandsAndDecimals")]
    [TestCase("1,234.5", 1234.5, TestName = "Read_Decimal_InternationalThousandsAndDecimals")]
    [TestCase("4.825,5", 4825.5, TestName = "Read_Decimal_AmountInMillionsVietnamese")]
    [TestCase("4 825,5", 4825.5, TestName = "Read_Decimal_AmountWithThousandsSpace")]
    [TestCase("1.234.567", 1234567, TestName = "Read_Decimal_SeveralGroupsAreThousands")]
    [TestCase("1,2345", 1.2345, TestName = "Read_Decimal_FourDecimals")]
    [TestCase("0,875", 0.875, TestName = "Read_Decimal_LeadingZeroThreeDecimals")]
    [TestCase("87,50", 87.5, TestName = "Read_Decimal_TwoDecimals")]
    [TestCase("-2,5", -2.5, TestName = "Read_Decimal_Negative")]
    [TestCase(",5", 0.5, TestName = "Read_Decimal_NoWholePart")]
    public void Read_DecimalField_ReadsAsMeant(string text, decimal expected)
    {
        var reading = NumberText.Read(text, NumberField.Decimal);

        Assert.That(reading, Is.EqualTo(new NumberReading(expected, false, null)));
    }

    /// <summary>A lone separator before exactly three digits could be decimals or thousands: both readings are given.</summary>
    [TestCase("1.234", 1.234, 1234)]
    [TestCase("1,234", 1.234, 1234)]
    [TestCase("2.000", 2, 2000)]
    [TestCase("87.500%", 87.5, 87500)]
    [TestCase("-1.234", -1.234, -1234)]
    public void Read_DecimalFieldLoneSeparatorBeforeThreeDigits_Ambiguous(string text, decimal asDecimal, decimal asThousands)
    {
        var reading = NumberText.Read(text, NumberField.Decimal);

        Assert.That(reading, Is.Not.Null);
        Assert.That((reading!.Value.IsAmbiguous, reading.Value.Value, reading.Value.Alternative), Is.EqualTo((true, asDecimal, (decimal?)asThousands)));
    }

    [TestCase("1.2.3")]
    [TestCase("1,2.5")]
    [TestCase("12.34.567")]
    [TestCase("1.234,5,6")]
    [TestCase("1,234.5.6")]
    [TestCase("1-2")]
    [TestCase("1e5")]
    [TestCase(".")]
    public void Read_BrokenGrouping_NotANumber(string text)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(NumberText.Read(text, NumberField.Whole), Is.Null);
            Assert.That(NumberText.Read(text, NumberField.Decimal), Is.Null);
        }
    }

    [Test]
    public void Read_StoredNumberCell_ExactNeverAmbiguous()
    {
        var cell = new LocatedText("1.234", new Diagnostics.SourceLocation("f.xlsx")) { IsNumber = true };

        Assert.That(NumberText.Read(cell, NumberField.Decimal), Is.EqualTo(new NumberReading(1.234m, false, null)));
    }

    [TestCase(1.5, "1,5")]
    [TestCase(4, "4")]
    [TestCase(4.50, "4,5")]
    [TestCase(95.7, "95,7")]
    public void Format_Vietnamese_UsesDecimalCommaWithoutTrailingZeros(decimal value, string expected)
    {
        Assert.That(NumberText.Format(value), Is.EqualTo(expected));
    }

    [Test]
    public void Format_English_UsesDecimalPoint()
    {
        Assert.That(NumberText.Format(1.5m, Language.English), Is.EqualTo("1.5"));
    }

    [Test]
    public void Format_FullPrecision_KeepsEveryDigit()
    {
        Assert.That(NumberText.Format(95.70000000000000000001m, Language.English), Is.EqualTo("95.70000000000000000001"));
    }

    [Test]
    public void Invariant_EveryScaleAndSign_AsTheFullPrecisionFormatWritesIt()
    {
        decimal[] values =
        [
            0m, 0.00m, -0.0m, 12.500m, -12.5m, 87.83486553226219366445200391m, 1m / 3m, -1m / 3m, decimal.MaxValue, decimal.MinValue,
            0.0000000000000000000000000001m, 100m, 1.10m, -0.50m, 10.000m, 1e20m,
        ];

        Assert.That(values.Select(NumberText.Invariant),
            Is.EqualTo(values.Select(v => v.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
