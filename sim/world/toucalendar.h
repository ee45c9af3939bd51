#pragma once

#include "coop.h"
#include "models/wallclock.h"

#include <QDate>

namespace sim {

// Which time-of-use period an interval falls in: by the local wall-clock hour, the weekday and
// the co-op's holiday list. Works on real instants, so DST days need no special case.
class TouCalendar
{
public:
    explicit TouCalendar(const coopdesk::WallClock &clock);

    // Index into rate.touPeriods for the interval starting at a real instant; -1 when not TOU.
    int periodIndex(const RateSchedule &rate, qint64 startMs) const;
    // The same from an already known local day and hour (0..23).
    static int periodIndex(const RateSchedule &rate, QDate localDay, int localHour);
    static int periodIndex(const RateSchedule &rate, bool dayOff, int localHour);

    // Weekends and holidays: no weekday-only period applies, and homes follow their day-off load.
    static bool isDayOff(QDate day);
    // The six NERC off-peak holidays (a Sunday holiday moves to Monday).
    static bool isHoliday(QDate day);

private:
    const coopdesk::WallClock &m_clock;
};

} // namespace sim
