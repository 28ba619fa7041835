/* date.c — civil dates as day numbers, month and weekday names.
 *
 * Howard Hinnant's days_from_civil algorithm, proleptic Gregorian. Pure
 * functions, no locale.
 */
#include "base.h"

#include <stdio.h>

truce_day day_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void day_to_ymd(truce_day z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yy + (*m <= 2);
}

int day_weekday(truce_day day)
{
    /* 1970-01-01 was a Thursday (3 with Monday = 0). */
    int w = (int)((day % 7 + 7) % 7);
    return (w + 3) % 7;
}

bool ymd_valid(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) {
        return false;
    }
    int n = mdays[m - 1];
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) {
        n = 29;
    }
    return d <= n;
}

bool truce_day_parse(const char *s, size_t len, truce_day *out)
{
    if (len != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    int v[3] = {0, 0, 0};
    const int at[3] = {0, 5, 8}, n[3] = {4, 2, 2};
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < n[k]; i++) {
            char c = s[at[k] + i];
            if (c < '0' || c > '9') {
                return false;
            }
            v[k] = v[k] * 10 + (c - '0');
        }
    }
    if (!ymd_valid(v[0], v[1], v[2])) {
        return false;
    }
    *out = day_from_ymd(v[0], v[1], v[2]);
    return true;
}

void truce_day_format(truce_day d, char buf[11])
{
    int y, m, dd;
    day_to_ymd(d, &y, &m, &dd);
    if (y < 0 || y > 9999) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, dd);
        memcpy(buf, tmp, 10);
        buf[10] = 0;
        return;
    }
    /* "%04d-%02d-%02d" by hand: every event's date goes through here */
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + dd / 10);
    buf[9] = (char)('0' + dd % 10);
    buf[10] = 0;
}

static bool ieq(str s, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)s.len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s.p[i];
        if (c >= 'A' && c <= 'Z') {
            c = (uint8_t)(c + 32);
        }
        if (c != (uint8_t)lit[i]) {
            return false;
        }
    }
    return true;
}

int month_from_name(str s)
{
    static const char *const full[] = {"january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november",
        "december"};
    static const char *const abbr[] = {"jan", "feb", "mar", "apr", "may",
        "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (s.len > 0 && s.p[s.len - 1] == '.') {
        s.len--;
    }
    for (int i = 0; i < 12; i++) {
        if (ieq(s, full[i]) || ieq(s, abbr[i])) {
            return i + 1;
        }
    }
    if (ieq(s, "sept")) {
        return 9;
    }
    return 0;
}

int weekday_from_name(str s)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; i++) {
        if (ieq(s, names[i])) {
            return i;
        }
    }
    return -1;
}
