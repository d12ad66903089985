using System.Globalization;
using System.Text;
using Admissions.Data.Staff;

namespace Admissions.Cli.Commands;

/// <summary>Reads a new staff password from standard input: one line from a pipe, or typed without echo at a terminal.</summary>
internal static class UserPasswordInput
{
    /// <summary>Longest password accepted. The sign-in form's password field takes at most this many characters.</summary>
    public const int MaxLength = 200;

    /// <summary>Reads and checks the password; returns null after printing the reason in Vietnamese when it is missing or unfit.</summary>
    public static string? Read()
    {
        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadFromTerminal();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine(
                "Thiếu mật khẩu. Xin đưa mật khẩu vào đầu vào chuẩn trên một dòng, ví dụ: printf '%s\\n' \"$MAT_KHAU\" | admissions user add ...");
            return null;
        }

        if (password.Length < StaffPasswords.MinLength)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Mật khẩu quá ngắn: cần ít nhất {StaffPasswords.MinLength} ký tự, mật khẩu đã nhập có {password.Length} ký tự. Tài khoản không thay đổi."));
            return null;
        }

        if (password.Length > MaxLength)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Mật khẩu quá dài: trang đăng nhập nhận tối đa {MaxLength} ký tự, mật khẩu đã nhập có {password.Length} ký tự. Tài khoản không thay đổi."));
            return null;
        }

        return password;
    }

    private static string ReadFromTerminal()
    {
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"Mật khẩu (ít nhất {StaffPasswords.MinLength} ký tự, không hiện trên màn hình): "));
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
