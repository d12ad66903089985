using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Domain.Text;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary>
/// <c>admissions user add|disable|enable|password</c>: staff accounts. The password of <c>add</c> and <c>password</c>
/// comes from standard input. Exits 0 on success, 1 when the change was not made (unknown code or account, taken
/// username, missing or unfit password) and 2 on a usage error.
/// </summary>
internal static partial class UserCommand
{
    /// <summary>Longest display name accepted, in characters.</summary>
    private const int MaxDisplayNameLength = 200;

    public static async Task<int> RunAsync(CliContext context, string[] arguments)
    {
        if (arguments is not [var subcommand and ("add" or "disable" or "enable" or "password"), .. var rest])
        {
            return Usage.Unknown("user " + string.Join(' ', arguments));
        }

        if (!UserArguments.TryParse(subcommand, rest, out var options, out var error))
        {
            return DemoCommand.UsageError(error);
        }

        var accounts = new StaffAccountRepository(context.DataSource);
        var logger = context.Logger("Admissions.Users");
        return subcommand switch
        {
            "add" => await AddAsync(context, accounts, options, logger),
            "disable" => await SetDisabledAsync(accounts, options.Username, disabled: true, logger),
            "enable" => await SetDisabledAsync(accounts, options.Username, disabled: false, logger),
            _ => await SetPasswordAsync(accounts, options.Username, logger),
        };
    }

    private static async Task<int> AddAsync(CliContext context, StaffAccountRepository accounts, UserArguments options, ILogger logger)
    {
        var role = options.Role!.Value;
        var scopeName = await FindScopeNameAsync(context, role, options.ScopeCode);
        if (scopeName is null)
        {
            return 1;
        }

        var displayName = TextNormalizer.Normalize(options.DisplayName ?? scopeName);
        if (displayName.Length is 0 or > MaxDisplayNameLength)
        {
            Console.Error.WriteLine($"Tên hiển thị phải có từ 1 đến {MaxDisplayNameLength} ký tự. Tài khoản chưa được tạo.");
            return 1;
        }

        if (await accounts.FindByUsernameAsync(options.Username, CancellationToken.None) is not null)
        {
            Console.Error.WriteLine(TakenMessage(options.Username));
            return 1;
        }

        if (UserPasswordInput.Read() is not { } password)
        {
            return 1;
        }

        var scope = new StaffScope(role, options.ScopeCode);
        var result = await accounts.CreateAsync(options.Username, StaffPasswords.Hash(password), scope, displayName, CancellationToken.None);
        if (result == CreateStaffAccountResult.UsernameTaken)
        {
            Console.Error.WriteLine(TakenMessage(options.Username));
            return 1;
        }

        AccountCreated(logger, options.Username, StaffScope.RoleToDb(role), options.ScopeCode ?? "-");
        var where = options.ScopeCode is null ? scopeName : $"{scopeName}, mã {options.ScopeCode}";
        Console.WriteLine($"Đã tạo tài khoản {options.Username} ({StaffScope.RoleToVietnamese(role)}: {where}), tên hiển thị “{displayName}”.");
        return 0;
    }

    /// <summary>Returns the name of the school, ward or Department, or null after printing why the code is unknown.</summary>
    private static async Task<string?> FindScopeNameAsync(CliContext context, StaffRole role, string? code)
    {
        switch (role)
        {
            case StaffRole.School:
                var school = await UserScopeCodes.FindSchoolNameAsync(context.DataSource, code!, CancellationToken.None);
                if (school is null)
                {
                    Console.Error.WriteLine($"Không có hồ sơ nào của trường mầm non mã {code}. Xin kiểm tra mã trường (phân biệt chữ hoa, chữ thường) hoặc nhập dữ liệu của trường trước.");
                }

                return school;
            case StaffRole.Ward:
                var ward = await UserScopeCodes.FindWardNameAsync(context.DataSource, code!, CancellationToken.None);
                if (ward is null)
                {
                    Console.Error.WriteLine($"Không có phường/xã nào mã {code} trong danh mục phường/xã. Xin kiểm tra mã (ví dụ 70101063 là Phường Sài Gòn).");
                }

                return ward;
            default:
                return StaffScope.RoleToVietnamese(StaffRole.Department);
        }
    }

    private static async Task<int> SetDisabledAsync(StaffAccountRepository accounts, string username, bool disabled, ILogger logger)
    {
        if (!await accounts.SetDisabledAsync(username, disabled, CancellationToken.None))
        {
            Console.Error.WriteLine(NotFoundMessage(username));
            return 1;
        }

        AccountDisabledChanged(logger, username, disabled);
        Console.WriteLine(disabled
            ? $"Đã vô hiệu hóa tài khoản {username}. Các phiên đăng nhập đang mở của tài khoản này kết thúc ngay."
            : $"Đã kích hoạt lại tài khoản {username}.");
        return 0;
    }

    private static async Task<int> SetPasswordAsync(StaffAccountRepository accounts, string username, ILogger logger)
    {
        if (await accounts.FindByUsernameAsync(username, CancellationToken.None) is null)
        {
            Console.Error.WriteLine(NotFoundMessage(username));
            return 1;
        }

        if (UserPasswordInput.Read() is not { } password)
        {
            return 1;
        }

        if (!await accounts.SetPasswordAsync(username, StaffPasswords.Hash(password), CancellationToken.None))
        {
            Console.Error.WriteLine(NotFoundMessage(username));
            return 1;
        }

        PasswordChanged(logger, username);
        Console.WriteLine($"Đã đổi mật khẩu của tài khoản {username} và gỡ tạm khóa đăng nhập nếu có.");
        return 0;
    }

    private static string TakenMessage(string username) =>
        $"Tên đăng nhập {username} đã có người dùng. Xin chọn tên khác; tài khoản chưa được tạo.";

    private static string NotFoundMessage(string username) =>
        $"Không có tài khoản nào có tên đăng nhập {username}.";

    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Created staff account {Username} with role {Role} and scope {ScopeCode}")]
    private static partial void AccountCreated(ILogger logger, string username, string role, string scopeCode);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Staff account {Username} disabled: {Disabled}")]
    private static partial void AccountDisabledChanged(ILogger logger, string username, bool disabled);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Changed the password of staff account {Username}")]
    private static partial void PasswordChanged(ILogger logger, string username);
}
