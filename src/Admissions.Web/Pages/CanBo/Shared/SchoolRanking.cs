using Admissions.Data.Reporting;

namespace Admissions.Web.Pages.CanBo.Shared;

/// <summary>A table of schools ranked by confirmation rate, each linking to its own page.</summary>
/// <param name="ShowWard">Whether to show the ward where each school is located (the city list does, a ward's list does not).</param>
public sealed record SchoolRanking(string Caption, IReadOnlyList<SchoolRate> Schools, bool ShowWard);
