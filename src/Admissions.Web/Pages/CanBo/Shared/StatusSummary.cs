using Admissions.Domain.Reporting;

namespace Admissions.Web.Pages.CanBo.Shared;

/// <summary>The counts per status and the confirmation rate of one school, ward or the city, under a heading.</summary>
/// <param name="Id">Prefix of the element ids, unique on the page.</param>
public sealed record StatusSummary(string Id, string Heading, StatusCounts Counts);
