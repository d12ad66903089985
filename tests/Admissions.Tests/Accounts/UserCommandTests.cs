using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;
using Admissions.Tests.Slips;

namespace Admissions.Tests.Accounts;

/// <summary><c>admissions user ...</c> run as a process against the test database.</summary>
public sealed class UserCommandTests
{
    private const string GoodPassword = "mot-mat-khau-dai\n";

    private static readonly StaffAccountRepository Accounts = new(TestEnvironment.DataSource);

    [Fact]
    public async Task AddSchool_CreatesAccount()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(1);
        var username = NewUsername();

        var result = await CliRunner.RunAsync(["user", "add", "--role", "school", "--school", school.Code, "--username", username], GoodPassword);
        var account = await Accounts.FindByUsernameAsync(username, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Đã tạo tài khoản {username}", result.Output);
        Assert.NotNull(account);
        Assert.Equal(new StaffScope(StaffRole.School, school.Code), account.Scope);
        Assert.Equal(school.Name, account.DisplayName);
        Assert.True(StaffPasswords.Verify(account, "mot-mat-khau-dai"));
        Assert.Null(account.DisabledAt);
    }

    [Fact]
    public async Task AddWardAndDepartment_StoreTheirScopes()
    {
        var ward = NewUsername();
        var department = NewUsername();

        var wardResult = await CliRunner.RunAsync(["user", "add", "--role", "ward", "--ward", "70101063", "--username", ward], GoodPassword);
        var departmentResult = await CliRunner.RunAsync(
            ["user", "add", "--role", "department", "--username", department, "--name", "  Phòng  Giáo dục   Tiểu học "], GoodPassword);
        var wardAccount = await Accounts.FindByUsernameAsync(ward, CancellationToken.None);
        var departmentAccount = await Accounts.FindByUsernameAsync(department, CancellationToken.None);

        Assert.Equal(0, wardResult.ExitCode);
        Assert.Equal(0, departmentResult.ExitCode);
        Assert.Equal(new StaffScope(StaffRole.Ward, "70101063"), wardAccount?.Scope);
        Assert.Equal("Phường Sài Gòn", wardAccount?.DisplayName);
        Assert.Equal(new StaffScope(StaffRole.Department, null), departmentAccount?.Scope);
        Assert.Equal("Phòng Giáo dục Tiểu học", departmentAccount?.DisplayName);
    }

    [Fact]
    public async Task Add_ShortPassword_IsRejected()
    {
        var username = NewUsername();

        var result = await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], "ngan-qua\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"cần ít nhất {StaffPasswords.MinLength} ký tự", result.Errors);
        Assert.Null(await Accounts.FindByUsernameAsync(username, CancellationToken.None));
    }

    [Fact]
    public async Task Add_NoPassword_IsRejected()
    {
        var username = NewUsername();

        var result = await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], "");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Thiếu mật khẩu", result.Errors);
        Assert.Null(await Accounts.FindByUsernameAsync(username, CancellationToken.None));
    }

    [Theory]
    [InlineData("school", "--school", "KHONG-CO-TRUONG", "Không có hồ sơ nào của trường mầm non mã KHONG-CO-TRUONG")]
    [InlineData("ward", "--ward", "99999999", "Không có phường/xã nào mã 99999999")]
    public async Task Add_UnknownScopeCode_IsRejected(string role, string option, string code, string message)
    {
        var username = NewUsername();

        var result = await CliRunner.RunAsync(["user", "add", "--role", role, option, code, "--username", username], GoodPassword);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Errors);
        Assert.Null(await Accounts.FindByUsernameAsync(username, CancellationToken.None));
    }

    [Theory]
    [InlineData("--role", "school", "--username", "thieu.ma.truong")]
    [InlineData("--role", "ward", "--school", "MN-01", "--username", "sai.loai.ma")]
    [InlineData("--role", "department", "--ward", "70101063", "--username", "so.co.phuong")]
    [InlineData("--role", "admin", "--username", "vai.tro.la")]
    [InlineData("--role", "department", "--username", "Chu.Hoa")]
    [InlineData("--role", "department", "--username", "ab")]
    [InlineData("--role", "department")]
    [InlineData("--role", "department", "--username", "trung.tuy.chon", "--username", "lan.hai")]
    [InlineData("--role", "department", "--username", "tuy.chon.la", "--email", "a@b.vn")]
    public async Task Add_InvalidArguments_ExitWithUsageError(params string[] options)
    {
        var result = await CliRunner.RunAsync(["user", "add", .. options], GoodPassword);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: admissions", result.Errors);
    }

    [Fact]
    public async Task Add_TakenUsername_IsRejected()
    {
        var username = NewUsername();
        await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], GoodPassword);

        var second = await CliRunner.RunAsync(["user", "add", "--role", "ward", "--ward", "70101063", "--username", username], GoodPassword);
        var account = await Accounts.FindByUsernameAsync(username, CancellationToken.None);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("đã có người dùng", second.Errors);
        Assert.Equal(StaffRole.Department, account?.Scope.Role);
    }

    [Fact]
    public async Task DisableAndEnable_ToggleTheAccount()
    {
        var username = NewUsername();
        await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], GoodPassword);

        var disabled = await CliRunner.RunAsync(["user", "disable", "--username", username]);
        var whileDisabled = await Accounts.FindByUsernameAsync(username, CancellationToken.None);
        var enabled = await CliRunner.RunAsync(["user", "enable", "--username", username]);
        var afterEnable = await Accounts.FindByUsernameAsync(username, CancellationToken.None);

        Assert.Equal(0, disabled.ExitCode);
        Assert.NotNull(whileDisabled?.DisabledAt);
        Assert.Equal(0, enabled.ExitCode);
        Assert.Null(afterEnable?.DisabledAt);
    }

    [Fact]
    public async Task Disable_SignedInStaff_LosesSession()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(1);
        var username = NewUsername();
        await CliRunner.RunAsync(["user", "add", "--role", "school", "--school", school.Code, "--username", username], GoodPassword);
        await using var app = await WebAppProcess.StartAsync();
        var account = await Accounts.FindByUsernameAsync(username, CancellationToken.None);
        using var staff = await StaffTestAccounts.SignInAsync(app.BaseAddress, new TestStaffAccount(account!.Id, username, "mot-mat-khau-dai"));

        using var before = await staff.GetAsync("/can-bo/in-phieu");
        await CliRunner.RunAsync(["user", "disable", "--username", username]);
        using var after = await staff.GetAsync("/can-bo/in-phieu");

        Assert.Equal(System.Net.HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Password_ReplacesPasswordAndClearsLockout()
    {
        var username = NewUsername();
        await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], GoodPassword);
        var account = await Accounts.FindByUsernameAsync(username, CancellationToken.None);
        await Accounts.RecordFailedSignInAsync(account!.Id, maxFailures: 1, TimeSpan.FromMinutes(15), CancellationToken.None);

        var result = await CliRunner.RunAsync(["user", "password", "--username", username], "mat-khau-moi-hon-10\n");
        var changed = await Accounts.FindByUsernameAsync(username, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.True(StaffPasswords.Verify(changed!, "mat-khau-moi-hon-10"));
        Assert.False(StaffPasswords.Verify(changed!, "mot-mat-khau-dai"));
        Assert.Null(changed!.LockedUntil);
    }

    [Fact]
    public async Task Password_ShortPassword_KeepsTheOldOne()
    {
        var username = NewUsername();
        await CliRunner.RunAsync(["user", "add", "--role", "department", "--username", username], GoodPassword);

        var result = await CliRunner.RunAsync(["user", "password", "--username", username], "123\n");
        var account = await Accounts.FindByUsernameAsync(username, CancellationToken.None);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Mật khẩu quá ngắn", result.Errors);
        Assert.True(StaffPasswords.Verify(account!, "mot-mat-khau-dai"));
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("password")]
    public async Task UnknownAccount_ExitsWithOne(string subcommand)
    {
        var result = await CliRunner.RunAsync(["user", subcommand, "--username", NewUsername()], GoodPassword);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không có tài khoản nào có tên đăng nhập", result.Errors);
    }

    [Fact]
    public async Task UnknownSubcommand_ExitsWithUsageError()
    {
        var result = await CliRunner.RunAsync(["user", "remove", "--username", "ai.do"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command 'user remove", result.Errors);
    }

    private static string NewUsername() => "cli." + Guid.NewGuid().ToString("N")[..12];
}
