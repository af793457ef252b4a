namespace IndexScorer.Progress;

/// <summary>Totals of one group: how many units, forms received, valid, with problems, missing, appraised, with survey results.</summary>
/// <param name="Group">Group code.</param>
/// <param name="Name">Group name.</param>
/// <param name="Units">Roster units.</param>
/// <param name="Received">Units whose form was received.</param>
/// <param name="Valid">Units whose form is valid.</param>
/// <param name="WithProblems">Units whose form was received but has problems.</param>
/// <param name="Missing">Units whose form was not received.</param>
/// <param name="Round1Started">Units the council has started to appraise.</param>
/// <param name="Round2Done">Units whose every lowered criterion has a round-2 decision.</param>
/// <param name="Surveys">Units with survey results (0 when the group has no survey).</param>
public sealed record GroupProgress(
    string Group, string Name, int Units, int Received, int Valid, int WithProblems, int Missing, int Round1Started, int Round2Done, int Surveys);
