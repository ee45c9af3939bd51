#include "wallclock.h"

#include <algorithm>

namespace coopdesk {

namespace {
constexpr qint64 msPerHour = 3600LL * 1000;
// Offsets are never more than 18 h from UTC, so candidates within that window suffice.
constexpr qint64 maxOffsetMs = 18 * msPerHour;
} // namespace

WallClock::WallClock(const QTimeZone &zone)
    : m_zone(zone)
{
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    m_initialOffset = m_zone.offsetFromUtc(from);
    if (m_zone.hasTransitions()) {
        const auto transitions = m_zone.transitions(from, to);
        m_transitions.reserve(size_t(transitions.size()));
        for (const auto &t : transitions)
            m_transitions.push_back({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
    }
}

int WallClock::offsetAt(qint64 utcMs) const
{
    // The last transition at or before the instant decides.
    auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcMs,
                               [](qint64 ms, const Transition &t) { return ms < t.atUtcMs; });
    if (it == m_transitions.begin())
        return m_initialOffset;
    return std::prev(it)->offsetAfter;
}

qint64 WallClock::fromFakeUtc(qint64 fakeMs, bool secondOccurrence) const
{
    const int before = offsetAt(fakeMs - maxOffsetMs);
    const int after = offsetAt(fakeMs + maxOffsetMs);
    qint64 candidates[2];
    int found = 0;
    for (int offset : {before, after}) {
        const qint64 utc = fakeMs - qint64(offset) * 1000;
        if (offsetAt(utc) == offset && (found == 0 || candidates[0] != utc))
            candidates[found++] = utc;
    }
    if (found == 0) // skipped wall time: read it with the offset in force before the gap
        return fakeMs - qint64(before) * 1000;
    if (found == 2) {
        std::sort(candidates, candidates + 2);
        return secondOccurrence ? candidates[1] : candidates[0];
    }
    return candidates[0];
}

qint64 WallClock::fakeUtcOf(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
}

qint64 WallClock::startOfDay(QDate day) const
{
    return fromFakeUtc(fakeUtcOf(day));
}

QDate WallClock::localDate(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(toFakeUtc(utcMs), Qt::UTC).date();
}

int WallClock::minutesInDay(QDate day) const
{
    return int((startOfDay(day.addDays(1)) - startOfDay(day)) / 60000);
}

QDateTime WallClock::toLocal(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
}

} // namespace coopdesk
