namespace Admissions.Domain.Dossiers;

/// <summary>Sex as recorded on the birth certificate; stored as <c>male</c> or <c>female</c>.</summary>
public enum Sex
{
    Male,
    Female,
}

public static class SexNames
{
    public static string ToDb(this Sex sex) => sex == Sex.Male ? "male" : "female";

    public static Sex FromDb(string value) => value switch
    {
        "male" => Sex.Male,
        "female" => Sex.Female,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown sex."),
    };

    public static string ToVietnamese(this Sex sex) => sex == Sex.Male ? "Nam" : "Nữ";
}
