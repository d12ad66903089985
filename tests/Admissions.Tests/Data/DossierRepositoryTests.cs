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
}
