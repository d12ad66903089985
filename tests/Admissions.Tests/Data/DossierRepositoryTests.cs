using Admissions.Data.Dossiers;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Data;

public sealed class DossierRepositoryTests
{
    [Theory]
    [InlineData(2021, 3, 14)]
    [InlineData(2021, 12, 31)]
    [InlineData(2018, 1, 1)]
    [InlineData(2020, 2, 29)]
    public async Task BirthDate_RoundTripsThroughDapperAndNpgsql(int year, int month, int day)
    {
        var birthDate = new DateOnly(year, month, day);
        var (id, nationalId) = await TestDossiers.CreateAsync(birthDate: birthDate);
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var byId = await repository.FindByIdAsync(id, CancellationToken.None);
        var byNationalId = await repository.FindByNationalIdAsync(nationalId, CancellationToken.None);

        Assert.Equal(birthDate, byId?.BirthDate);
        Assert.Equal(birthDate, byNationalId?.BirthDate);
    }

    [Fact]
    public async Task FindByNationalId_Unknown_ReturnsNull()
    {
        var repository = new DossierRepository(TestEnvironment.DataSource);

        Assert.Null(await repository.FindByNationalIdAsync(TestIds.NewCitizenId(), CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_Twice_ReturnsTheSameConfirmation()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var first = await repository.ConfirmAsync(id, 1, 2027, CancellationToken.None);
        var second = await repository.ConfirmAsync(id, 1, 2027, CancellationToken.None);

        Assert.Equal(ConfirmationResultKind.Confirmed, first.Kind);
        Assert.Equal(ConfirmationResultKind.AlreadyConfirmed, second.Kind);
        Assert.Equal(first.ConfirmationId, second.ConfirmationId);
        Assert.Equal(first.ReceiptCode, second.ReceiptCode);
        Assert.Equal(first.ConfirmedAt, second.ConfirmedAt);
    }

    [Fact]
    public async Task Confirm_SameVersionTwiceBypassingTheLock_IsRefusedByTheUniqueConstraint()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        const string Insert = "INSERT INTO confirmations (dossier_id, data_version, receipt_code) VALUES (@Id, 1, @Code)";

        await Dapper.SqlMapper.ExecuteAsync(connection, Insert, new { Id = id, Code = Admissions.Domain.Slips.ReceiptCode.New(2027) });
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            Dapper.SqlMapper.ExecuteAsync(connection, Insert, new { Id = id, Code = Admissions.Domain.Slips.ReceiptCode.New(2027) }));

        Assert.Equal("23505", error.SqlState);
        Assert.Equal("confirmations_one_per_version", error.ConstraintName);
    }
    [Fact]
    public async Task Confirm_RacingCalls_StoreOne()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() => repository.ConfirmAsync(id, 1, 2027, CancellationToken.None))));

        Assert.Single(outcomes, outcome => outcome.Kind == ConfirmationResultKind.Confirmed);
        Assert.All(outcomes, outcome => Assert.Equal(outcomes[0].ConfirmationId, outcome.ConfirmationId));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM confirmations WHERE dossier_id = @Id", id));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM dossier_history WHERE dossier_id = @Id AND to_status = 'confirmed'", id));
    }

    [Fact]
    public async Task Confirm_OldVersion_StoresNothing()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var outcome = await repository.ConfirmAsync(id, 7, 2027, CancellationToken.None);

        Assert.Equal(ConfirmationResultKind.VersionChanged, outcome.Kind);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM confirmations WHERE dossier_id = @Id", id));
    }

    [Fact]
    public async Task Confirm_PendingCorrection_IsNotAllowed()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        await ScalarAsync("UPDATE dossiers SET status = 'correction_requested' WHERE id = @Id RETURNING 0::bigint", id);
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var outcome = await repository.ConfirmAsync(id, 1, 2027, CancellationToken.None);

        Assert.Equal(ConfirmationResultKind.NotAllowed, outcome.Kind);
        Assert.Equal("correction_requested", await TextAsync("SELECT status FROM dossiers WHERE id = @Id", id));
    }

    [Fact]
    public async Task Confirm_MovesStatusAndWritesHistory()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var outcome = await repository.ConfirmAsync(id, 1, 2027, CancellationToken.None);

        Assert.Equal(ConfirmationResultKind.Confirmed, outcome.Kind);
        Assert.Equal("confirmed", await TextAsync("SELECT status FROM dossiers WHERE id = @Id", id));
        Assert.Equal("not_looked_up", await TextAsync("SELECT from_status FROM dossier_history WHERE dossier_id = @Id AND to_status = 'confirmed'", id));
    }

    [Fact]
    public async Task LookUp_MatchingBirthDate_MovesOnce()
    {
        var (id, nationalId) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var first = await repository.LookUpAsync(nationalId, TestDossiers.DefaultBirthDate, CancellationToken.None);
        var second = await repository.LookUpAsync(nationalId, TestDossiers.DefaultBirthDate, CancellationToken.None);

        Assert.Equal("looked_up", first?.Status);
        Assert.Equal("looked_up", second?.Status);
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(id));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM dossier_history WHERE dossier_id = @Id AND to_status = 'looked_up'", id));
    }

    [Fact]
    public async Task LookUp_WrongBirthDate_ChangesNothing()
    {
        var (id, nationalId) = await TestDossiers.CreateAsync();
        var repository = new DossierRepository(TestEnvironment.DataSource);

        var dossier = await repository.LookUpAsync(nationalId, TestDossiers.DefaultBirthDate.AddDays(1), CancellationToken.None);

        Assert.Equal("not_looked_up", dossier?.Status);
        Assert.Equal("not_looked_up", await TestDossiers.StatusAsync(id));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM dossier_history WHERE dossier_id = @Id", id));
    }

    private static async Task<long> ScalarAsync(string sql, long id)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, new { Id = id });
    }

    private static async Task<string?> TextAsync(string sql, long id)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, sql, new { Id = id });
    }
}
