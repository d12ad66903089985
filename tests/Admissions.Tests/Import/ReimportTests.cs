using Admissions.Domain.Import;

namespace Admissions.Tests.Import;

public sealed class ReimportTests : IDisposable
{
    private const string ConfirmSql = """
        UPDATE dossiers SET status = 'confirmed' WHERE id = @Id;
        INSERT INTO confirmations (dossier_id, data_version, receipt_code) VALUES (@Id, 1, @ReceiptCode);
        """;

    private readonly ImportTestContext context = new();

    public void Dispose() => context.Dispose();

    [Fact]
    public async Task Reimport_IdenticalRows_AreUnchanged()
    {
        var rows = new[] { new TestDossierRow(), new TestDossierRow(female: true) };
        await context.ImportRowsAsync(rows);

        var again = await context.ImportRowsAsync(rows);

        Assert.Equal(2, again.Unchanged);
        Assert.Equal(0, again.Inserted);
        Assert.Equal(0, again.Updated);
        Assert.Empty(again.UpdatedNationalIds);
    }

    [Fact]
    public async Task Reimport_SameContentDifferentlyWritten_IsUnchanged()
    {
        var row = new TestDossierRow();
        await context.ImportRowsAsync(row);
        row.With(DossierColumn.FullName, "  Nguyễn  Văn Thử ")
            .With(DossierColumn.BirthDate, "2021-06-15")
            .With(DossierColumn.Sex, "NAM")
            .With(DossierColumn.FatherPhone, "+84 912 345 678");

        var again = await context.ImportRowsAsync(row);

        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task Reimport_ChangedRow_UpdatesAndIncrementsDataVersion()
    {
        var row = new TestDossierRow();
        var first = await context.ImportRowsAsync(row);
        row.With(DossierColumn.CurrentResidence, "99 Nguyễn Huệ, Phường Sài Gòn");

        var again = await context.ImportRowsAsync(row);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);

        Assert.Equal(1, first.Inserted);
        Assert.Equal(1, again.Updated);
        Assert.Equal([row.NationalId], again.UpdatedNationalIds);
        Assert.Equal("99 Nguyễn Huệ, Phường Sài Gòn", stored?.CurrentResidence);
        Assert.Equal(2, stored?.DataVersion);
        Assert.Equal("not_looked_up", stored?.Status);
    }

    [Fact]
    public async Task Reimport_ChangedConfirmedDossier_AwaitsConfirmationWithHistory()
    {
        var row = new TestDossierRow();
        await context.ImportRowsAsync(row);
        var dossierId = (await ImportTestContext.FindStoredAsync(row.NationalId))!.Id;
        await ImportTestContext.ExecuteAsync(ConfirmSql, new { Id = dossierId, ReceiptCode = "TEST-" + Guid.NewGuid().ToString("N") });
        row.With(DossierColumn.MotherPhone, "0909111222");

        var again = await context.ImportRowsAsync(row);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);
        var history = await ImportTestContext.ScalarAsync<string>(
            """
            SELECT concat_ws('|', actor, from_status, to_status, data_version, reason)
            FROM dossier_history WHERE dossier_id = @Id
            """,
            new { Id = dossierId });
        var confirmations = await ImportTestContext.ScalarAsync<long>(
            "SELECT count(*) FROM confirmations WHERE dossier_id = @Id AND data_version = 1", new { Id = dossierId });

        Assert.Equal(1, again.Updated);
        Assert.Equal("changed_awaiting_confirmation", stored?.Status);
        Assert.Equal(2, stored?.DataVersion);
        Assert.Equal($"import|confirmed|changed_awaiting_confirmation|2|{ImportMessages.ChangedByImport(again.RunId)}", history);
        Assert.Equal(1, confirmations);
    }

    [Fact]
    public async Task Reimport_IdenticalConfirmedDossier_StaysConfirmed()
    {
        var row = new TestDossierRow();
        await context.ImportRowsAsync(row);
        var dossierId = (await ImportTestContext.FindStoredAsync(row.NationalId))!.Id;
        await ImportTestContext.ExecuteAsync(ConfirmSql, new { Id = dossierId, ReceiptCode = "TEST-" + Guid.NewGuid().ToString("N") });

        await context.ImportRowsAsync(row);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);
        var historyRows = await ImportTestContext.ScalarAsync<long>("SELECT count(*) FROM dossier_history WHERE dossier_id = @Id", new { Id = dossierId });

        Assert.Equal("confirmed", stored?.Status);
        Assert.Equal(1, stored?.DataVersion);
        Assert.Equal(0, historyRows);
    }

    [Fact]
    public async Task Reimport_ChangedLookedUpDossier_KeepsItsStatus()
    {
        var row = new TestDossierRow();
        await context.ImportRowsAsync(row);
        var dossierId = (await ImportTestContext.FindStoredAsync(row.NationalId))!.Id;
        await ImportTestContext.ExecuteAsync("UPDATE dossiers SET status = 'looked_up' WHERE id = @Id", new { Id = dossierId });
        row.With(DossierColumn.PreschoolClass, "Lá 2");

        var again = await context.ImportRowsAsync(row);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);
        var historyRows = await ImportTestContext.ScalarAsync<long>("SELECT count(*) FROM dossier_history WHERE dossier_id = @Id", new { Id = dossierId });

        Assert.Equal(1, again.Updated);
        Assert.Equal("looked_up", stored?.Status);
        Assert.Equal(2, stored?.DataVersion);
        Assert.Equal(0, historyRows);
    }

    [Fact]
    public async Task Reimport_RowAbsentFromNewFile_KeepsTheDossier()
    {
        var kept = new TestDossierRow();
        var other = new TestDossierRow();
        await context.ImportRowsAsync(kept, other);

        var again = await context.ImportRowsAsync(other);

        Assert.Equal(1, again.Read);
        Assert.NotNull(await ImportTestContext.FindStoredAsync(kept.NationalId));
    }

    [Fact]
    public async Task Import_SameIdTwice_KeepsTheFirstAndRejectsTheSecond()
    {
        var first = new TestDossierRow();
        var second = new TestDossierRow().With(DossierColumn.NationalId, first.NationalId).With(DossierColumn.FullName, "Người Thứ Hai");

        var result = await context.ImportRowsAsync(first, second);
        var stored = await ImportTestContext.FindStoredAsync(first.NationalId);

        Assert.Equal(1, result.Inserted);
        Assert.Equal(1, result.Rejected);
        Assert.Equal("Nguyễn Văn Thử", stored?.FullName);
    }

    [Fact]
    public async Task Import_SameIdWrittenDifferently_IsStillADuplicate()
    {
        var first = new TestDossierRow();
        var spaced = string.Join(' ', first.NationalId.Chunk(3).Select(chunk => new string(chunk)));
        var second = new TestDossierRow().With(DossierColumn.NationalId, spaced);

        var result = await context.ImportRowsAsync(first, second);

        Assert.Equal(1, result.Rejected);
    }

    [Fact]
    public async Task Import_WarningResolvedInNewFile_ClearsTheStoredWarning()
    {
        var row = new TestDossierRow().With(DossierColumn.FatherPhone, "12345");
        await context.ImportRowsAsync(row);
        row.With(DossierColumn.FatherPhone, "0912345678");

        await context.ImportRowsAsync(row);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);

        Assert.Empty(stored!.Warnings);
        Assert.Equal("0912345678", stored.FatherPhone);
    }
}
