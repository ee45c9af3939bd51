#include "timeaxis.h"

#include <algorithm>

namespace coopdesk::ui {

namespace {

constexpr qint64 msPerHour = 3600LL * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

enum class Unit { Hour, Day, Month };
struct Step
{
    Unit unit;
    int count;
    qint64 approxMs;
};

constexpr Step steps[] = {
    { Unit::Hour, 1, msPerHour },        { Unit::Hour, 3, 3 * msPerHour },
    { Unit::Hour, 6, 6 * msPerHour },    { Unit::Hour, 12, 12 * msPerHour },
    { Unit::Day, 1, msPerDay },          { Unit::Day, 2, 2 * msPerDay },
    { Unit::Day, 7, 7 * msPerDay },      { Unit::Day, 14, 14 * msPerDay },
    { Unit::Month, 1, 30 * msPerDay },   { Unit::Month, 3, 91 * msPerDay },
    { Unit::Month, 6, 182 * msPerDay },  { Unit::Month, 12, 365 * msPerDay },
    { Unit::Month, 24, 730 * msPerDay },
};

} // namespace

QString monthDay(QDate date, const QLocale &locale)
{
    // The locale's medium date without the year and weekday: "MMM d" / "d MMM".
    QString format = locale.dateFormat(QLocale::LongFormat);
    for (const auto *cut : { u"dddd, ", u"dddd ", u"dddd", u", yyyy", u" yyyy", u"yyyy", u" 'de' yyyy" })
        format.remove(QString::fromUtf16(cut));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    format.remove(QStringLiteral(" 'de'"));
    format = format.trimmed();
    if (format.endsWith(u','))
        format.chop(1);
    return locale.toString(date, format);
}

QList<TimeTick> timeTicks(const WallClock &clock, qint64 from, qint64 to, int pixels,
                          const QLocale &locale, int minLabelPixels)
{
    QList<TimeTick> ticks;
    if (to <= from || pixels <= 0)
        return ticks;
    const qint64 maxTicks = std::max(2, pixels / std::max(1, minLabelPixels));
    const qint64 span = to - from;
    const Step *step = std::find_if(std::begin(steps), std::end(steps),
                                    [&](const Step &s) { return span / s.approxMs <= maxTicks; });
    if (step == std::end(steps))
        step = std::end(steps) - 1;

    const QDate firstDay = clock.localDate(from);
    if (step->unit == Unit::Hour) {
        const QString timeFormat = locale.timeFormat(QLocale::ShortFormat)
                                           .remove(QStringLiteral(":mm"))
                                           .remove(QStringLiteral(".mm"));
        for (QDate day = firstDay; clock.startOfDay(day) < to; day = day.addDays(1)) {
            for (int h = 0; h < 24; h += step->count) {
                const qint64 at = clock.fromFakeUtc(WallClock::fakeUtcOf(day, QTime(h, 0)));
                if (at < from || at >= to || (!ticks.isEmpty() && at <= ticks.back().ms))
                    continue;
                ticks.append({ at, h == 0 ? monthDay(day, locale)
                                          : locale.toString(QTime(h, 0), timeFormat) });
            }
        }
    } else if (step->unit == Unit::Day) {
        // Weeks start on the locale's first day of the week.
        QDate day = firstDay;
        if (step->count == 7 || step->count == 14) {
            const int back = (day.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
            day = day.addDays(-back);
        }
        for (; clock.startOfDay(day) < to; day = day.addDays(step->count)) {
            const qint64 at = clock.startOfDay(day);
            if (at >= from)
                ticks.append({ at, monthDay(day, locale) });
        }
    } else {
        QDate month(firstDay.year(), 1, 1);
        while (month.addMonths(step->count) <= firstDay)
            month = month.addMonths(step->count);
        for (; clock.startOfDay(month) < to; month = month.addMonths(step->count)) {
            const qint64 at = clock.startOfDay(month);
            if (at < from)
                continue;
            const bool yearly = step->count >= 12;
            ticks.append({ at, yearly ? QString::number(month.year())
                                      : locale.toString(month, QStringLiteral("MMM yyyy")) });
        }
    }
    return ticks;
}

} // namespace coopdesk::ui
