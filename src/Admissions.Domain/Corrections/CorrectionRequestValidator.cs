using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Season;
using Admissions.Domain.Text;

namespace Admissions.Domain.Corrections;

/// <summary>The checked content of a correction request: canonical proposed values and the parent's note.</summary>
public sealed record CorrectionProposal(IReadOnlyDictionary<DossierColumn, string> Values, string? Note);

/// <summary>The result of checking a correction request form: the proposal, or the errors in form order.</summary>
public sealed record CorrectionCheck(CorrectionProposal? Proposal, IReadOnlyList<string> Errors)
{
    public bool IsValid => Proposal is not null;
}

/// <summary>Checks the fields a parent chose, the values typed for them and the note, against the current dossier.</summary>
public sealed class CorrectionRequestValidator(SeasonOptions season)
{
    private readonly CorrectionValueRules rules = new(season);

    /// <summary>
    /// Validates the chosen fields (by key, see <see cref="CorrectableFields.Key"/>), reading each field's raw value
    /// through <paramref name="rawValue"/>. A value equal to the current one is an error, so that every stored
    /// proposal changes something.
    /// </summary>
    public CorrectionCheck Validate(IEnumerable<string> fieldKeys, Func<string, string?> rawValue, string? note, DossierData current)
    {
        var errors = new List<string>();
        var chosen = new HashSet<DossierColumn>();
        foreach (var key in fieldKeys)
        {
            if (!CorrectableFields.TryParseKey(key, out var column))
            {
                return new CorrectionCheck(null, [CorrectionMessages.UnknownField]);
            }

            chosen.Add(column);
        }

        if (chosen.Count == 0)
        {
            return new CorrectionCheck(null, [CorrectionMessages.NoFieldChosen]);
        }

        // A parent's birth year is checked against the child's birth year after the correction.
        var childBirthYear = current.BirthDate.Year;
        if (chosen.Contains(DossierColumn.BirthDate)
            && rules.Check(DossierColumn.BirthDate, rawValue(DossierColumn.BirthDate.Key()), childBirthYear).Value is { } proposedBirthDate)
        {
            childBirthYear = int.Parse(proposedBirthDate.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        }

        var values = new Dictionary<DossierColumn, string>();
        foreach (var column in CorrectableFields.All.Where(chosen.Contains))
        {
            var result = rules.Check(column, rawValue(column.Key()), childBirthYear);
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else if (string.Equals(result.Value, DossierFieldValues.Read(current, column), StringComparison.Ordinal))
            {
                errors.Add(CorrectionMessages.SameAsCurrent(column));
            }
            else
            {
                values[column] = result.Value!;
            }
        }

        var normalizedNote = TextNormalizer.NormalizeOptional(note);
        if (normalizedNote is { Length: > CorrectionValueRules.MaxNoteLength })
        {
            errors.Add(CorrectionMessages.NoteTooLong);
        }

        return errors.Count > 0 ? new CorrectionCheck(null, errors) : new CorrectionCheck(new CorrectionProposal(values, normalizedNote), []);
    }
}
