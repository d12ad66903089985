namespace Admissions.Data.Reporting;

/// <summary>Select lists shared by the queries that read a <see cref="Domain.Reporting.StatusCounts"/> from a totals table aliased <c>t</c>.</summary>
internal static class ReportQueries
{
    /// <summary>The first column of <see cref="CountColumns"/>, where Dapper splits a row between two objects.</summary>
    public const string FirstCountColumn = "NotLookedUp";

    public const string CountColumns = """
        t.not_looked_up::bigint AS NotLookedUp, t.looked_up::bigint AS LookedUp, t.confirmed::bigint AS Confirmed,
        t.correction_requested::bigint AS CorrectionRequested,
        t.changed_awaiting_confirmation::bigint AS ChangedAwaitingConfirmation,
        t.accepted_at_deadline::bigint AS AcceptedAtDeadline
        """;

    public const string CountSums = """
        coalesce(sum(t.not_looked_up), 0)::bigint AS NotLookedUp, coalesce(sum(t.looked_up), 0)::bigint AS LookedUp,
        coalesce(sum(t.confirmed), 0)::bigint AS Confirmed,
        coalesce(sum(t.correction_requested), 0)::bigint AS CorrectionRequested,
        coalesce(sum(t.changed_awaiting_confirmation), 0)::bigint AS ChangedAwaitingConfirmation,
        coalesce(sum(t.accepted_at_deadline), 0)::bigint AS AcceptedAtDeadline
        """;
}
