namespace CrmTui.Config.Toml;

/// <summary>RFC 3339 date-times as TOML 1.0 has them: offset date-time, local date-time, local date, local time.</summary>
internal static class TomlDateTimes
{
    /// <summary>True when the cursor sits on something that can only be a date (YYYY-) or a time (HH:).</summary>
    public static bool LooksLikeDateOrTime(TomlCursor cursor) =>
        (IsDigit(cursor.Peek()) && IsDigit(cursor.Peek(1)) && IsDigit(cursor.Peek(2)) && IsDigit(cursor.Peek(3)) && cursor.Peek(4) == '-')
        || (IsDigit(cursor.Peek()) && IsDigit(cursor.Peek(1)) && cursor.Peek(2) == ':');

    public static TomlValue Parse(TomlCursor cursor)
    {
        var position = cursor.Here;
        if (cursor.Peek(2) == ':')
        {
            return new TomlLocalTime(ReadTime(cursor, position), position);
        }
        var date = ReadDate(cursor, position);
        var separator = cursor.Peek();
        if (!(separator is 'T' or 't' || (separator == ' ' && IsDigit(cursor.Peek(1)))))
        {
            return new TomlLocalDate(date, position);
        }
        cursor.Advance();
        var time = ReadTime(cursor, position);
        var local = date.ToDateTime(time);
        var c = cursor.Peek();
        if (c is 'Z' or 'z')
        {
            cursor.Advance();
            return new TomlOffsetDateTime(new DateTimeOffset(local, TimeSpan.Zero), position);
        }
        if (c is '+' or '-')
        {
            cursor.Advance();
            var hours = ReadNumber(cursor, 2, position, "offset hour", 0, 23);
            Expect(cursor, ':', position, "offset");
            var minutes = ReadNumber(cursor, 2, position, "offset minute", 0, 59);
            var offset = new TimeSpan(hours, minutes, 0) * (c == '-' ? -1 : 1);
            try
            {
                return new TomlOffsetDateTime(new DateTimeOffset(local, offset), position);
            }
            catch (ArgumentException)
            {
                throw cursor.ErrorAt(position, "date-time offset is outside the supported range (±14:00) or moves the instant out of range");
            }
        }
        return new TomlLocalDateTime(local, position);
    }

    private static DateOnly ReadDate(TomlCursor cursor, TomlPosition position)
    {
        var year = ReadNumber(cursor, 4, position, "year", 1, 9999);
        Expect(cursor, '-', position, "date");
        var month = ReadNumber(cursor, 2, position, "month", 1, 12);
        Expect(cursor, '-', position, "date");
        var day = ReadNumber(cursor, 2, position, "day", 1, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }

    private static TimeOnly ReadTime(TomlCursor cursor, TomlPosition position)
    {
        var hour = ReadNumber(cursor, 2, position, "hour", 0, 23);
        Expect(cursor, ':', position, "time");
        var minute = ReadNumber(cursor, 2, position, "minute", 0, 59);
        if (cursor.Peek() != ':')
        {
            throw cursor.Error($"expected ':' and seconds in the time (TOML 1.0 requires seconds), found {cursor.DescribeCurrent()}");
        }
        cursor.Advance();
        var second = ReadNumber(cursor, 2, position, "second", 0, 59);
        var ticks = 0L;
        if (cursor.Peek() == '.')
        {
            cursor.Advance();
            if (!IsDigit(cursor.Peek()))
            {
                throw cursor.Error($"expected digits after '.' in the time, found {cursor.DescribeCurrent()}");
            }
            // Digits beyond 100 ns are truncated, as the spec allows.
            var scale = TimeSpan.TicksPerSecond / 10;
            while (IsDigit(cursor.Peek()))
            {
                ticks += (cursor.Peek() - '0') * scale;
                scale /= 10;
                cursor.Advance();
            }
        }
        return new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
    }

    private static int ReadNumber(TomlCursor cursor, int digits, TomlPosition position, string what, int min, int max)
    {
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            if (!IsDigit(cursor.Peek()))
            {
                throw cursor.Error($"expected {digits} digits for the {what}, found {cursor.DescribeCurrent()}");
            }
            value = (value * 10) + (cursor.Peek() - '0');
            cursor.Advance();
        }
        if (value < min || value > max)
        {
            throw cursor.ErrorAt(position, $"{what} {value} is out of range ({min}–{max})");
        }
        return value;
    }

    private static void Expect(TomlCursor cursor, char c, TomlPosition position, string what)
    {
        if (cursor.Peek() != c)
        {
            throw cursor.Error($"expected '{c}' in the {what}, found {cursor.DescribeCurrent()}");
        }
        cursor.Advance();
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';
}
