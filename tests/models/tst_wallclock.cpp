#include "models/wallclock.h"

#include <QTest>

using coopdesk::WallClock;

namespace {
qint64 utcMs(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestWallClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureConvention()
    {
        // The real fixture: request start 1788235200000 (2026-09-01 00:00 New York) arrives as
        // the first point x = 1788220800000 (2026-09-01T00:00 "UTC").
        const WallClock clock(QTimeZone("America/New_York"));
        QCOMPARE(clock.toFakeUtc(1788235200000LL), 1788220800000LL);
        QCOMPARE(clock.fromFakeUtc(1788220800000LL), 1788235200000LL);
        QCOMPARE(clock.startOfDay(QDate(2026, 9, 1)), 1788235200000LL);
        QCOMPARE(WallClock::fakeUtcOf(QDate(2026, 9, 1)), 1788220800000LL);
    }

    void daylightSavingDays()
    {
        const WallClock clock(QTimeZone("America/Denver"));
        QCOMPARE(clock.minutesInDay(QDate(2026, 3, 8)), 23 * 60);
        QCOMPARE(clock.minutesInDay(QDate(2026, 11, 1)), 25 * 60);
        QCOMPARE(clock.minutesInDay(QDate(2026, 7, 1)), 24 * 60);
        QCOMPARE(clock.startOfDay(QDate(2026, 7, 1)), utcMs(2026, 7, 1, 6));   // MDT, UTC-6
        QCOMPARE(clock.startOfDay(QDate(2026, 12, 1)), utcMs(2026, 12, 1, 7)); // MST, UTC-7
    }

    void repeatedHourResolvesBothWays()
    {
        const WallClock clock(QTimeZone("America/Denver"));
        // 2026-11-01 01:30 local happens at 07:30Z (MDT) and again at 08:30Z (MST).
        const qint64 fake = WallClock::fakeUtcOf(QDate(2026, 11, 1), QTime(1, 30));
        QCOMPARE(clock.fromFakeUtc(fake), utcMs(2026, 11, 1, 7, 30));
        QCOMPARE(clock.fromFakeUtc(fake, true), utcMs(2026, 11, 1, 8, 30));
        QCOMPARE(clock.toFakeUtc(utcMs(2026, 11, 1, 7, 30)), fake);
        QCOMPARE(clock.toFakeUtc(utcMs(2026, 11, 1, 8, 30)), fake);
    }

    void skippedHourMovesForward()
    {
        const WallClock clock(QTimeZone("America/Denver"));
        // 2026-03-08 02:30 local does not exist; it is read as 03:30 MDT = 09:30Z.
        const qint64 fake = WallClock::fakeUtcOf(QDate(2026, 3, 8), QTime(2, 30));
        QCOMPARE(clock.fromFakeUtc(fake), utcMs(2026, 3, 8, 9, 30));
    }

    void localDate()
    {
        const WallClock clock(QTimeZone("America/Denver"));
        QCOMPARE(clock.localDate(utcMs(2026, 7, 2, 5, 59)), QDate(2026, 7, 1));
        QCOMPARE(clock.localDate(utcMs(2026, 7, 2, 6, 0)), QDate(2026, 7, 2));
    }

    void zoneWithoutTransitions()
    {
        const WallClock clock(QTimeZone("America/Phoenix"));
        QCOMPARE(clock.minutesInDay(QDate(2026, 3, 8)), 24 * 60);
        QCOMPARE(clock.toFakeUtc(utcMs(2026, 7, 1, 7)), utcMs(2026, 7, 1, 0));
    }
};

QTEST_GUILESS_MAIN(TestWallClock)
#include "tst_wallclock.moc"
