#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace coopdesk {

// Converts between real instants and SmartHub's "fake UTC" timestamps for one co-op time zone.
//
// SmartHub usage points carry the co-op's local wall-clock time encoded as if it were UTC
// (2026-09-01 00:00 in Atlanta arrives as 2026-09-01T00:00Z). Request bounds, on the other hand,
// are real instants. This class does both directions, and local-day arithmetic, with the zone's
// transitions cached so bulk conversion of years of 15-minute points stays cheap.
class WallClock
{
public:
    explicit WallClock(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }

    // Offset from UTC in seconds at a real instant (ms since the epoch).
    int offsetAt(qint64 utcMs) const;

    // Real instant -> fake-UTC milliseconds.
    qint64 toFakeUtc(qint64 utcMs) const { return utcMs + qint64(offsetAt(utcMs)) * 1000; }

    // Fake-UTC milliseconds -> real instant. A wall time that occurs twice (the repeated hour when
    // clocks fall back) gives its first occurrence, or the second with `secondOccurrence`; a wall
    // time that never occurs (the skipped hour in spring) is moved forward by the gap.
    qint64 fromFakeUtc(qint64 fakeMs, bool secondOccurrence = false) const;

    // Real instant of local midnight starting `day`.
    qint64 startOfDay(QDate day) const;
    // The local date a real instant falls on.
    QDate localDate(qint64 utcMs) const;
    // 1440, or 1380 / 1500 on daylight-saving days.
    int minutesInDay(QDate day) const;
    // The instant as a QDateTime in the co-op's zone.
    QDateTime toLocal(qint64 utcMs) const;

    // Fake-UTC milliseconds of a local wall time.
    static qint64 fakeUtcOf(QDate day, QTime time = QTime(0, 0));

private:
    struct Transition
    {
        qint64 atUtcMs;
        int offsetAfter;
    };
    QTimeZone m_zone;
    int m_initialOffset = 0;
    std::vector<Transition> m_transitions;
};

} // namespace coopdesk
