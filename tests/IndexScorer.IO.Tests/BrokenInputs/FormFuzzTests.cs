using System.IO.Compression;
using System.Text;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Scoring;

namespace IndexScorer.IO.Tests.BrokenInputs;

/// <summary>
/// A few hundred seeded mutations of a real filled form (byte flips in the zip, cut, doubled or altered XML in every part,
/// absurd numbers and references): reading and scoring never throws, and every refusal names the form.
/// </summary>
[TestFixture]
public sealed class FormFuzzTests
{
    private const int Seed = 20261130;
    private const int Mutations = 400;
    private const string Display = "forms/PH05-2024.xlsx";

    [Test]
    public void ReadAndScore_MutatedForms_NeverThrowAndEveryRefusalNamesTheForm()
    {
        var original = File.ReadAllBytes(Path.Combine(Repo.SampleCampaign, "forms", "PH05-2024.xlsx"));
        var random = new Random(Seed);
        var reader = new FormReader(Repo.Framework);
        using var temp = new TempFolder();
        var path = temp.File("PH05-2024.xlsx");
        int accepted = 0, atCell = 0, wholeFile = 0;
        var crashes = new List<string>();
        var unnamed = new List<string>();

        for (var i = 0; i < Mutations; i++)
        {
            var (mutation, bytes) = Mutate(original, random);
            File.WriteAllBytes(path, bytes);
            var diagnostics = new DiagnosticBag();
            try
            {
                if (reader.Read(path, Display, diagnostics) is { } submission)
                    UnitScorer.Score(Repo.Framework.FindGroup(submission.Unit.GroupCode)!, submission, null, diagnostics);
            }
            catch (Exception e)
            {
                crashes.Add($"#{i} {mutation}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToArray();
            if (errors.Length == 0) accepted++;
            else if (errors.Any(d => d.Location?.Cell is not null)) atCell++;
            else wholeFile++;
            unnamed.AddRange(errors.Where(d => d.Location?.File != Display).Select(d => $"#{i} {mutation}: {d.Show()}"));
        }

        TestContext.Out.WriteLine($"fuzz: {Mutations} mutations tried (seed {Seed}): {accepted} accepted, {atCell} refused at a cell, " +
                                  $"{wholeFile} refused as a whole file, {crashes.Count} crashes");
        Assert.That(crashes, Is.Empty);
        Assert.That(unnamed, Is.Empty);
    }

    private static (string Mutation, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        if (random.Next(4) == 0)
        {
            var flipped = (byte[])original.Clone();
            var count = random.Next(1, 9);
            for (var k = 0; k < count; k++) flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
            return ($"{count} byte(s) flipped", flipped);
        }
        using var memory = new MemoryStream();
        memory.Write(original);
        string description;
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToArray();
            var part = random.Next(3) == 0 ? parts[random.Next(parts.Length)] : parts.First(e => e.FullName == "xl/worksheets/sheet1.xml");
            string xml;
            using (var reader = new StreamReader(part.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
            (description, xml) = Edit(xml, random);
            description = $"{part.FullName}: {description}";
            var name = part.FullName;
            part.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return (description, memory.ToArray());
    }

    private static (string, string) Edit(string xml, Random random)
    {
        var at = random.Next(xml.Length);
        var length = Math.Min(xml.Length - at, random.Next(1, 40));
        // Element names are matched without their prefix (ClosedXML writes x:v, Excel writes v).
        switch (random.Next(10))
        {
            case 0: return ($"cut {length} at {at}", xml.Remove(at, length));
            case 1: return ($"doubled {length} at {at}", xml.Insert(at, xml.Substring(at, length)));
            case 2: return ($"value at {at} made absurd", ReplaceNext(xml, at, "v>", "</", Absurd(random)));
            case 3: return ($"reference at {at} made absurd", ReplaceNext(xml, at, "r=\"", "\"", Absurd(random)));
            case 4: return ($"style at {at} made absurd", ReplaceNext(xml, at, "s=\"", "\"", Absurd(random)));
            case 5: return ($"text at {at} replaced", ReplaceNext(xml, at, "t>", "</", Absurd(random)));
            case 6: return ($"entity declared at the top", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>" + xml);
            default:
                var typed = Absurd(random);
                return ($"an input cell typed '{typed}'", TypeIntoInputCell(xml, random, typed));
        }
    }

    /// <summary>Puts <paramref name="typed"/> as text into a random cell of the input column (E), as a person types or pastes it.</summary>
    private static string TypeIntoInputCell(string xml, Random random, string typed)
    {
        var cells = System.Text.RegularExpressions.Regex.Matches(xml, "<(\\w+:)?c r=\"E(\\d+)\"[^>]*?(/>|>.*?</(\\w+:)?c>)");
        if (cells.Count == 0) return xml;
        var cell = cells[random.Next(cells.Count)];
        var prefix = cell.Groups[1].Value;
        var replacement = $"<{prefix}c r=\"E{cell.Groups[2].Value}\" t=\"inlineStr\"><{prefix}is><{prefix}t>{System.Security.SecurityElement.Escape(typed)}</{prefix}t></{prefix}is></{prefix}c>";
        return xml[..cell.Index] + replacement + xml[(cell.Index + cell.Length)..];
    }

    private static string ReplaceNext(string xml, int from, string open, string close, string value)
    {
        var start = xml.IndexOf(open, from, StringComparison.Ordinal);
        if (start < 0) start = xml.IndexOf(open, StringComparison.Ordinal);
        if (start < 0) return xml;
        start += open.Length;
        var end = xml.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? xml : xml[..start] + value + xml[end..];
    }

    private static string Absurd(Random random) => random.Next(10) switch
    {
        0 => "",
        1 => "99999999999999999999999999999",
        2 => "-1",
        3 => "1E+308",
        4 => "NaN",
        5 => "ZZZ99999999",
        6 => "#REF!",
        7 => "0.875",
        8 => "=1+1",
        _ => "Không phát sinh",
    };
}
