using IndexScorer.Text;

namespace IndexScorer.Frameworks;

/// <summary>A classification band as read: the group it applies to (blank = every group), its label and its minimum %.</summary>
internal sealed record BandDefinition(LocatedText Group, LocatedText Label, LocatedText Minimum);
