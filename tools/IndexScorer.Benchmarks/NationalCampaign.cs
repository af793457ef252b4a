using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using IndexScorer.SampleMaker;
using IndexScorer.Units;

namespace IndexScorer.Benchmarks;

/// <summary>
/// A synthetic national-size campaign of N units, half offices and half wards, generated once and cached: a few dozen
/// template units are written and filled by the sample maker, then each of the N forms is a template's bytes with the unit's
/// code put in (its survey rows likewise). Synthetic: every file says so.
/// </summary>
internal static class NationalCampaign
{
    private const int Templates = 40;
    private const string TemplateCode = "TPL";

    /// <summary>The campaign folder for <paramref name="units"/> units under <paramref name="cache"/>, generated when missing.</summary>
    public static string Ensure(string root, string cache, int units)
    {
        var folder = Path.Combine(cache, $"national-{units}");
        var watch = Stopwatch.StartNew();
        var templates = EnsureTemplates(root, cache);
        if (File.Exists(Path.Combine(folder, "campaign.json"))) return folder;
        var staging = folder + ".part";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(Path.Combine(staging, "forms"));
        File.Copy(Path.Combine(templates, "campaign.json"), Path.Combine(staging, "campaign.json"));

        var unitsOf = Enumerable.Range(1, units).Select(i => (Code: (i % 2 == 1 ? "PB" : "PH") + i.ToString("00000", CultureInfo.InvariantCulture), Template: Template(i))).ToArray();
        var roster = new StringBuilder($"# {SampleCampaignWriter.SyntheticNote}\nMã đơn vị,Tên đơn vị,Nhóm\n");
        foreach (var (code, template) in unitsOf) roster.Append(CultureInfo.InvariantCulture, $"{code},{Name(code)},{(template.StartsWith("TPLB", StringComparison.Ordinal) ? "PHUONG" : "PHONG")}\n");
        File.WriteAllText(Path.Combine(staging, "roster.csv"), roster.ToString(), new UTF8Encoding(true));

        var survey = File.ReadAllLines(Path.Combine(templates, "survey.csv"));
        var surveyByTemplate = survey.Where(l => l.StartsWith(TemplateCode, StringComparison.Ordinal)).ToLookup(l => l[..l.IndexOf(',')]);
        var output = new StringBuilder(string.Join('\n', survey.TakeWhile(l => !l.StartsWith(TemplateCode, StringComparison.Ordinal))) + "\n");
        foreach (var (code, template) in unitsOf)
        {
            foreach (var line in surveyByTemplate[template]) output.Append(code).Append(line.AsSpan(template.Length)).Append('\n');
        }
        File.WriteAllText(Path.Combine(staging, "survey.csv"), output.ToString(), new UTF8Encoding(true));

        var formBytes = unitsOf.Select(u => u.Template).Distinct().ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(templates, "forms", $"{t}-2024.xlsx")));
        Parallel.ForEach(unitsOf, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, unit =>
            File.WriteAllBytes(Path.Combine(staging, "forms", $"{unit.Code}-2024.xlsx"), Retarget(formBytes[unit.Template], unit.Template, unit.Code)));
        // A folder left half made by an interrupted run (no campaign.json) is replaced.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.Move(staging, folder);
        Console.WriteLine($"generated {units} forms in {watch.Elapsed.TotalSeconds:0.0} s into {folder}");
        return folder;
    }

    /// <summary>
    /// The template units' campaign, written afresh on every run and compared with the cached one by content: when the forms
    /// the program writes have changed (layout, formulas, lists), every cached national campaign is made again, so the
    /// benchmark always reads the forms units receive today.
    /// </summary>
    private static string EnsureTemplates(string root, string cache)
    {
        var templates = Path.Combine(cache, "templates");
        var fresh = templates + ".new";
        if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        Directory.CreateDirectory(fresh);
        if (new SampleCampaignWriter(TemplateSpec()).Write(root, fresh) != 0) throw new InvalidOperationException("The template units could not be written.");
        var stamp = Stamp(fresh);
        var stampFile = Path.Combine(templates, "stamp.txt");
        if (Directory.Exists(Path.Combine(cache, "frameworks")) && File.Exists(stampFile) && File.ReadAllText(stampFile) == stamp)
        {
            Directory.Delete(fresh, recursive: true);
            return templates;
        }
        // A cache from another version of the forms (or from before campaigns read only their own files) is made again.
        foreach (var old in Directory.EnumerateDirectories(cache, "national-*").Append(templates).Where(Directory.Exists).ToArray())
            Directory.Delete(old, recursive: true);
        File.WriteAllText(Path.Combine(fresh, "stamp.txt"), stamp);
        Directory.Move(fresh, templates);
        Console.WriteLine("the forms changed since the cached campaigns were made: they are made again");
        return templates;
    }

    /// <summary>The forms' content (the workbook parts under xl/; the package parts carry random names and times), hashed.</summary>
    private static string Stamp(string templates)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var form in Directory.EnumerateFiles(Path.Combine(templates, "forms"), "*.xlsx").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(form);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(entry.FullName));
                using var content = entry.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                hash.AppendData(copy.ToArray());
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The form of a template unit made the form of <paramref name="code"/>: the unit's code (and so its name) replaced in the strings.</summary>
    private static byte[] Retarget(byte[] form, string template, string code)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(form), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "xl/sharedStrings.xml")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd().Replace(template, code, StringComparison.Ordinal));
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }

    private static string Template(int unit) => $"{TemplateCode}{(unit % 2 == 1 ? "A" : "B")}{(unit / 2 % (Templates / 2) + 1).ToString("00", CultureInfo.InvariantCulture)}";

    private static string Name(string code) => $"Đơn vị tổng hợp {code}";

    private static SampleCampaignSpec TemplateSpec()
    {
        var units = new List<Unit>();
        var profiles = new Dictionary<string, UnitProfile>();
        var random = new Random(10_000);
        for (var i = 1; i <= Templates; i++)
        {
            var office = i % 2 == 1;
            var code = Template(i);
            units.Add(new Unit(code, Name(code), office ? "PHONG" : "PHUONG"));
            profiles[code] = new UnitProfile(i, 0.6 + random.NextDouble() * 0.38, code);
        }
        return new SampleCampaignSpec(2024, "hanoi-quan-2024.xlsx", "national-templates", 99, units.DistinctBy(u => u.Code).ToArray(), profiles,
            new HashSet<string> { "PHONG" }, "none", 0.12);
    }
}
