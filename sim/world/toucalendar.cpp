#include "toucalendar.h"

#include "random.h"

namespace sim {

namespace {

// The n-th (1-based) given weekday of a month, or the last one with n = -1.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n > 0) {
        QDate d(year, month, 1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(1);
        return d.addDays(7 * (n - 1));
    }
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != weekday)
        d = d.addDays(-1);
    return d;
}

QDate observed(QDate fixed)
{
    return fixed.dayOfWeek() == Qt::Sunday ? fixed.addDays(1) : fixed;
}

bool inWindow(int hour, int start, int end)
{
    if (start <= end)
        return hour >= start && hour < end;
    return hour >= start || hour < end; // a window across midnight, e.g. 22-6
}

} // namespace

TouCalendar::TouCalendar(const coopdesk::WallClock &clock)
    : m_clock(clock)
{
}

bool TouCalendar::isHoliday(QDate day)
{
    const int y = day.year();
    return day == observed(QDate(y, 1, 1)) || day == nthWeekday(y, 5, Qt::Monday, -1)
        || day == observed(QDate(y, 7, 4)) || day == nthWeekday(y, 9, Qt::Monday, 1)
        || day == nthWeekday(y, 11, Qt::Thursday, 4) || day == observed(QDate(y, 12, 25));
}

bool TouCalendar::isDayOff(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday || isHoliday(day);
}

int TouCalendar::periodIndex(const RateSchedule &rate, QDate localDay, int localHour)
{
    return rate.isTimeOfUse() ? periodIndex(rate, isDayOff(localDay), localHour) : -1;
}

int TouCalendar::periodIndex(const RateSchedule &rate, bool dayOff, int localHour)
{
    const auto &periods = rate.touPeriods;
    if (periods.isEmpty())
        return -1;
    for (int i = 0; i < periods.size() - 1; ++i) {
        const TouPeriod &p = periods.at(i);
        if (p.weekdaysOnly && dayOff)
            continue;
        if (inWindow(localHour, p.startHour, p.endHour))
            return i;
    }
    return int(periods.size()) - 1;
}

int TouCalendar::periodIndex(const RateSchedule &rate, qint64 startMs) const
{
    if (!rate.isTimeOfUse())
        return -1;
    const qint64 fake = m_clock.toFakeUtc(startMs);
    const qint64 days = detail::floorDiv(fake, detail::msPerDay);
    const int hour = int((fake - days * detail::msPerDay) / detail::msPerHour);
    return periodIndex(rate, QDate::fromJulianDay(days + 2440588), hour);
}

} // namespace sim
