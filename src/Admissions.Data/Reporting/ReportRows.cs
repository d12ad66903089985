using Admissions.Domain.Reporting;

namespace Admissions.Data.Reporting;

/// <summary>A preschool as <c>refresh_preschools()</c> last stored it: its location is the ward where most of its children reside.</summary>
public sealed record Preschool
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string WardCode { get; init; }

    public required string WardName { get; init; }
}

/// <summary>A ward or commune of the city.</summary>
public sealed record Ward
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

/// <summary>One school in a ranking by confirmation rate.</summary>
public sealed record SchoolRate
{
    /// <summary>Position from 1 for the highest rate. Equal rates are ordered by the school's name in Vietnamese collation.</summary>
    public long Rank { get; init; }

    public required string Code { get; init; }

    /// <summary>The school's name, or its code when <c>refresh_preschools()</c> has not run since its first import.</summary>
    public required string Name { get; init; }

    /// <summary>The ward where the school is located, or null until <c>refresh_preschools()</c> has run.</summary>
    public string? WardCode { get; init; }

    public string? WardName { get; init; }

    public StatusCounts Counts { get; init; } = StatusCounts.Empty;
}

/// <summary>One ward in a ranking by the confirmation rate of the children residing there.</summary>
public sealed record WardRate
{
    public long Rank { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public StatusCounts Counts { get; init; } = StatusCounts.Empty;
}

/// <summary>Dossiers confirmed for the first time on one day (Asia/Ho_Chi_Minh).</summary>
public sealed record DailyConfirmations(DateOnly Day, long FirstConfirmations);

/// <summary>One page of a longer list, with the number of rows in the whole list.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, long TotalRows, int Page, int PageSize)
{
    public int PageCount => TotalRows == 0 ? 1 : (int)((TotalRows + PageSize - 1) / PageSize);
}

/// <summary>What a report covers: one school, the children residing in one ward, or the whole city.</summary>
public sealed record ReportArea
{
    private ReportArea(ReportAreaKind kind, string? code)
    {
        Kind = kind;
        Code = code;
    }

    public ReportAreaKind Kind { get; }

    /// <summary>The preschool or ward code, or null for the city.</summary>
    public string? Code { get; }

    public static ReportArea City { get; } = new(ReportAreaKind.City, null);

    public static ReportArea School(string preschoolCode) => new(ReportAreaKind.School, preschoolCode);

    public static ReportArea Ward(string wardCode) => new(ReportAreaKind.Ward, wardCode);
}

public enum ReportAreaKind
{
    School,
    Ward,
    City,
}
