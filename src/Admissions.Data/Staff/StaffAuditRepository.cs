using Dapper;
using Npgsql;

namespace Admissions.Data.Staff;

/// <summary>Actions recorded in <c>staff_audit</c>.</summary>
public static class StaffAuditActions
{
    public const string SignIn = "sign_in";
    public const string ViewDossier = "view_dossier";
    public const string ExportList = "export_list";
    public const string PrintSlips = "print_slips";
    public const string ReviewCorrection = "review_correction";
    public const string ScanSlip = "scan_slip";
}

/// <summary>The audit trail of staff: who viewed or exported what, and when. The detail never holds personal data.</summary>
public sealed class StaffAuditRepository(NpgsqlDataSource dataSource)
{
    private const string InsertSql = """
        INSERT INTO staff_audit (account_id, action, dossier_id, detail) VALUES (@AccountId, @Action, @DossierId, @Detail)
        """;

    public async Task RecordAsync(long accountId, string action, long? dossierId, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertSql, new { AccountId = accountId, Action = action, DossierId = dossierId, Detail = detail }, cancellationToken: cancellationToken));
    }
}
