using System.Globalization;

namespace CrmTui.Config.Toml;

/// <summary>Integers (decimal, 0x, 0o, 0b), floats (incl. inf and nan) and booleans, read as one bare token.</summary>
internal static class TomlNumbers
{
    public static bool IsTokenChar(int c) =>
        c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '.' or '+' or '-';

    public static TomlValue Parse(TomlCursor cursor)
    {
        var start = cursor.Index;
        var position = cursor.Here;
        while (IsTokenChar(cursor.Peek()))
        {
            cursor.Advance();
        }
        var token = cursor.Slice(start, cursor.Index);
        TomlSyntaxException Fail(string why) => cursor.ErrorAt(position, $"invalid value '{token}': {why}");

        switch (token)
        {
            case "true": return new TomlBoolean(true, position);
            case "false": return new TomlBoolean(false, position);
            case "inf" or "+inf": return new TomlFloat(double.PositiveInfinity, position);
            case "-inf": return new TomlFloat(double.NegativeInfinity, position);
            case "nan" or "+nan" or "-nan": return new TomlFloat(double.NaN, position);
        }
        if (token.Length == 0)
        {
            throw cursor.Error($"expected a value (string, number, boolean, date-time, array or inline table), found {cursor.DescribeCurrent()}");
        }

        var signed = token[0] is '+' or '-';
        var body = signed ? token[1..] : token;
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]))
        {
            throw Fail(char.IsAsciiLetter(body.FirstOrDefault())
                ? $"expected a number, true or false; strings must be quoted (\"{token}\")"
                : "expected a number, true or false, or a quoted string");
        }
        if (body.Length > 1 && body[0] == '0' && body[1] is 'x' or 'o' or 'b')
        {
            if (signed)
            {
                throw Fail("hexadecimal, octal and binary integers cannot have a sign");
            }
            return new TomlInteger(ParseRadix(body[2..], body[1], Fail), position);
        }
        return body.IndexOfAny(['.', 'e', 'E']) >= 0
            ? new TomlFloat(ParseFloat(token, body, Fail), position)
            : new TomlInteger(ParseDecimal(token, body, Fail), position);
    }

    private static long ParseDecimal(string token, string body, Func<string, TomlSyntaxException> fail)
    {
        CheckDigits(body, 10, fail, "integer");
        CheckNoLeadingZero(body, fail);
        if (!long.TryParse(token.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw fail("integer does not fit in 64 bits");
        }
        return value;
    }

    private static long ParseRadix(string digits, char kind, Func<string, TomlSyntaxException> fail)
    {
        var radix = kind switch { 'x' => 16, 'o' => 8, _ => 2 };
        CheckDigits(digits, radix, fail, kind switch { 'x' => "hexadecimal integer", 'o' => "octal integer", _ => "binary integer" });
        ulong value = 0;
        foreach (var c in digits)
        {
            if (c == '_')
            {
                continue;
            }
            var d = (ulong)DigitValue(c);
            if (value > (ulong.MaxValue - d) / (ulong)radix)
            {
                throw fail("integer does not fit in 64 bits");
            }
            value = (value * (ulong)radix) + d;
        }
        if (value > long.MaxValue)
        {
            throw fail("integer does not fit in 64 bits");
        }
        return (long)value;
    }

    private static double ParseFloat(string token, string body, Func<string, TomlSyntaxException> fail)
    {
        var e = body.IndexOfAny(['e', 'E']);
        var mantissa = e >= 0 ? body[..e] : body;
        var dot = mantissa.IndexOf('.');
        var integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        CheckDigits(integerPart, 10, fail, "float");
        CheckNoLeadingZero(integerPart, fail);
        if (dot >= 0)
        {
            CheckDigits(mantissa[(dot + 1)..], 10, fail, "fractional part");
        }
        if (e >= 0)
        {
            var exponent = body[(e + 1)..];
            CheckDigits(exponent.Length > 0 && exponent[0] is '+' or '-' ? exponent[1..] : exponent, 10, fail, "exponent");
        }
        return double.Parse(token.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void CheckNoLeadingZero(string digits, Func<string, TomlSyntaxException> fail)
    {
        if (digits.Length > 1 && digits[0] == '0')
        {
            throw fail("leading zeros are not allowed");
        }
    }

    // Digits with single underscores strictly between them: "1_000" yes, "_1", "1_", "1__0" no.
    private static void CheckDigits(string digits, int radix, Func<string, TomlSyntaxException> fail, string what)
    {
        if (digits.Length == 0)
        {
            throw fail($"expected digits in the {what}");
        }
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c == '_')
            {
                if (i == 0 || i == digits.Length - 1 || digits[i - 1] == '_')
                {
                    throw fail("an underscore must sit between two digits");
                }
            }
            else if (DigitValue(c) is var d && (d < 0 || d >= radix))
            {
                throw fail($"'{c}' is not a valid digit in the {what}");
            }
        }
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
