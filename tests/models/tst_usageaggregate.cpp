// Usage aggregation: flows of net-metered locations, hourly/daily buckets across DST, billing
// periods, gaps that stay gaps, last year's overlay and the temperature of each row.
#include "models/usageaggregate.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace coopdesk;

namespace {

constexpr double gap = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 quarter = 15 * 60 * 1000;
constexpr qint64 hour = 4 * quarter;

const WallClock &denver()
{
    static const WallClock clock(QTimeZone("America/Denver"));
    return clock;
}

// 15-minute readings over local days [first, last] of one meter, `value(i)` per interval.
UsageSeries meter(QDate first, QDate last, FlowDirection flow,
                  const std::function<double(qsizetype)> &value)
{
    UsageSeries s;
    s.meterNumber = u"M1"_qs;
    s.seriesId = u"M1"_qs;
    s.flow = flow;
    s.unit = u"KWH"_qs;
    const qint64 from = denver().startOfDay(first);
    const qint64 to = denver().startOfDay(last.addDays(1));
    for (qint64 t = from; t < to; t += quarter) {
        s.startMs.push_back(t);
        s.endMs.push_back(t + quarter);
        s.values.push_back(value(s.size() - 1));
    }
    return s;
}

UsageData pull(QList<UsageSeries> series)
{
    UsageData d;
    d.interval = UsageInterval::Native;
    d.series = std::move(series);
    return d;
}

} // namespace

class TestUsageAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainMeterIsImport()
    {
        UsageSeries cost = meter(QDate(2026, 6, 1), QDate(2026, 6, 1), FlowDirection::Forward,
                                 [](qsizetype) { return 9.0; });
        cost.quantity = UsageQuantity::Cost;
        UsageSeries tou = cost;
        tou.quantity = UsageQuantity::TimeOfUse;
        const UsageView v = UsageAggregate::flows(pull({
                meter(QDate(2026, 6, 1), QDate(2026, 6, 1), FlowDirection::Forward,
                      [](qsizetype) { return 0.25; }),
                cost, tou }));
        QVERIFY(!v.netMetered);
        QCOMPARE(v.size(), 96);
        QVERIFY(v.exportKwh.empty());
        QCOMPARE(v.total(), 24.0); // cost and TOU series are not energy to add
    }

    void netAndReturnMeters()
    {
        // NET = c - g, RETURN = max(g - c, 0): import is what NET counts plus what went out.
        const auto c = [](qsizetype i) { return 0.5 + 0.01 * double(i % 7); };
        const auto g = [](qsizetype i) { return i % 96 >= 40 && i % 96 < 70 ? 1.2 : 0.0; };
        const QDate day(2026, 6, 21);
        UsageSeries net = meter(day, day, FlowDirection::Net, [&](qsizetype i) { return c(i) - g(i); });
        UsageSeries ret = meter(day, day, FlowDirection::Return,
                                [&](qsizetype i) { return std::max(g(i) - c(i), 0.0); });
        ret.meterNumber = ret.seriesId = u"M2"_qs;
        const UsageView v = UsageAggregate::flows(pull({ net, ret }));
        QVERIFY(v.netMetered);
        for (qsizetype i = 0; i < v.size(); ++i) {
            const size_t k = size_t(i);
            QCOMPARE(v.importKwh[k] + 1.0, std::max(c(i) - g(i), 0.0) + 1.0);
            QCOMPARE(v.exportKwh[k] + 1.0, std::max(g(i) - c(i), 0.0) + 1.0);
            QCOMPARE(v.netKwh[k] + 1.0, c(i) - g(i) + 1.0);
        }
        QCOMPARE(&v.primary(), &v.netKwh);
    }

    void totalAndReverseMeters()
    {
        const QDate day(2026, 6, 21);
        UsageSeries total = meter(day, day, FlowDirection::Total, [](qsizetype) { return 1.0; });
        UsageSeries reverse = meter(day, day, FlowDirection::Reverse, [](qsizetype i) { return i < 48 ? 0.0 : 0.25; });
        reverse.meterNumber = reverse.seriesId = u"M2"_qs;
        const UsageView v = UsageAggregate::flows(pull({ total, reverse }));
        QVERIFY(v.netMetered);
        QCOMPARE(std::accumulate(v.importKwh.begin(), v.importKwh.end(), 0.0), 96.0);
        QCOMPARE(std::accumulate(v.exportKwh.begin(), v.exportKwh.end(), 0.0), 12.0);
        QCOMPARE(v.total(), 84.0);
        const UsageView d = UsageAggregate::daily(v, denver());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.importKwh[0], 96.0);
        QCOMPARE(d.exportKwh[0], 12.0);
        QCOMPARE(d.netKwh[0], 84.0);
    }

    void dstDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("spring forward") << QDate(2026, 3, 8) << 23;
        QTest::newRow("ordinary") << QDate(2026, 6, 10) << 24;
        QTest::newRow("fall back") << QDate(2026, 11, 1) << 25;
    }

    void dstDays()
    {
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const UsageView native = UsageAggregate::flows(pull({ meter(
                day.addDays(-1), day.addDays(1), FlowDirection::Forward, [](qsizetype) { return 0.25; }) }));
        const UsageView d = UsageAggregate::daily(native, denver());
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.importKwh[1], double(hours)); // 1 kWh an hour
        QCOMPARE(d.endMs[1] - d.startMs[1], hours * hour);
        QCOMPARE(d.startMs[1], denver().startOfDay(day));
        QCOMPARE(d.partial, (std::vector<quint8>{ 0, 0, 0 }));

        const UsageView h = UsageAggregate::hourly(native, denver());
        QCOMPARE(h.size(), 24 + hours + 24);
        for (qsizetype i = 0; i < h.size(); ++i) {
            QCOMPARE(h.importKwh[size_t(i)], 1.0);
            QCOMPARE(h.endMs[size_t(i)] - h.startMs[size_t(i)], hour);
        }
        // Local hours of the day, in order; the repeated 1 a.m. appears twice on fall-back day.
        QList<int> localHours;
        for (qsizetype i = 24; i < 24 + hours; ++i)
            localHours << denver().toLocal(h.startMs[size_t(i)]).time().hour();
        QCOMPARE(localHours.size(), hours);
        QCOMPARE(localHours.front(), 0);
        QCOMPARE(localHours.back(), 23);
        if (hours == 23)
            QVERIFY(!localHours.contains(2));
        if (hours == 25)
            QCOMPARE(localHours.count(1), 2);
    }

    void gapsStayGaps()
    {
        const QDate first(2026, 6, 1);
        // Day 1: two missing quarter hours. Day 2: no reading at all. Day 3: complete.
        const UsageView native = UsageAggregate::flows(pull({ meter(
                first, first.addDays(2), FlowDirection::Forward, [](qsizetype i) {
                    if (i == 10 || i == 11 || (i >= 96 && i < 192))
                        return gap;
                    return 0.5;
                }) }));
        const UsageView d = UsageAggregate::daily(native, denver());
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.importKwh[0], 47.0);
        QCOMPARE(d.partial[0], quint8(1));
        QVERIFY(std::isnan(d.importKwh[1])); // a gap, never zero
        QCOMPARE(d.importKwh[2], 48.0);
        QCOMPARE(d.partial[2], quint8(0));
        const UsageView h = UsageAggregate::hourly(native, denver());
        QCOMPARE(h.importKwh[2], 1.0);    // 02:00 hour missing half its readings
        QCOMPARE(h.partial[2], quint8(1));
        QVERIFY(std::isnan(h.importKwh[30]));
        QCOMPARE(d.total(), 95.0);
    }

    void billingPeriods()
    {
        const QDate first(2026, 5, 1);
        const UsageView native = UsageAggregate::flows(pull({ meter(
                first, QDate(2026, 7, 31), FlowDirection::Forward, [](qsizetype) { return 0.25; }) }));
        const WallClock &c = denver();
        // Read days on the 20th: [Apr 20, May 20), [May 20, Jun 20), [Jun 20, Jul 20), [Jul 20, Aug 20)
        const std::vector<qint64> b{ c.startOfDay(QDate(2026, 4, 20)), c.startOfDay(QDate(2026, 5, 20)),
                                     c.startOfDay(QDate(2026, 6, 20)), c.startOfDay(QDate(2026, 7, 20)),
                                     c.startOfDay(QDate(2026, 8, 20)) };
        const QStringList labels{ u"May 2026"_qs, u"Jun 2026"_qs, u"Jul 2026"_qs, u"Aug 2026"_qs };
        const UsageView p = UsageAggregate::byPeriods(native, b, labels);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.resolution, UsageResolution::BillingPeriod);
        QCOMPARE(p.importKwh[0], 19 * 24.0); // May 1..19 only: the pull started later
        QCOMPARE(p.partial[0], quint8(1));
        QCOMPARE(p.importKwh[1], 31 * 24.0);
        QCOMPARE(p.partial[1], quint8(0));
        QCOMPARE(p.importKwh[2], 30 * 24.0);
        QCOMPARE(p.importKwh[3], 12 * 24.0);
        QCOMPARE(p.labels, labels);
        // From daily rows the periods are the same.
        const UsageView fromDaily = UsageAggregate::byPeriods(UsageAggregate::daily(native, c), b);
        QCOMPARE(fromDaily.importKwh, p.importKwh);
        QVERIFY(UsageAggregate::byPeriods(native, std::vector<qint64>{}).isEmpty());
    }

    void lastYearOverlay()
    {
        const WallClock &c = denver();
        const QDate day(2025, 7, 1);
        const UsageView native = UsageAggregate::flows(pull({ meter(
                day, day, FlowDirection::Forward, [](qsizetype i) { return double(i); }) }));
        const UsageView shifted = UsageAggregate::shiftedByYears(native, 1, c);
        QCOMPARE(shifted.size(), native.size());
        QCOMPARE(c.toLocal(shifted.startMs[72]), QDateTime(QDate(2026, 7, 1), QTime(18, 0), c.zone()));
        QCOMPARE(shifted.importKwh, native.importKwh);
        // Winter to summer of the next year keeps the wall time across the DST change.
        const qint64 jan = c.startOfDay(QDate(2025, 12, 31)) + 18 * hour;
        UsageView one = native;
        one.startMs = { jan };
        one.endMs = { jan + hour };
        one.importKwh = { 1 };
        one.partial = { 0 };
        QCOMPARE(c.toLocal(UsageAggregate::shiftedByYears(one, 1, c).startMs[0]).date(),
                 QDate(2026, 12, 31));
    }

    void temperaturesAndSignature()
    {
        const WallClock &c = denver();
        const QDate first(2026, 1, 10);
        TemperatureSeries t;
        for (int d = 0; d < 3; ++d) {
            const QDate day = first.addDays(d);
            t.daily.push_back({ day, 40.0 + d, 20.0 + d, 30.0 + d });
            for (int h = 0; h < 24; ++h) {
                t.hourStartMs.push_back(c.startOfDay(day) + h * hour);
                t.hourlyF.push_back(h);
            }
        }
        const UsageView native = UsageAggregate::flows(pull({ meter(
                first, first.addDays(2), FlowDirection::Forward, [](qsizetype) { return 0.25; }) }));
        const auto perQuarter = UsageAggregate::temperatureFor(native, t, c);
        QCOMPARE(perQuarter[4 * 5 + 2], 5.0); // 05:30 reads the 5 a.m. hour
        const auto perDay = UsageAggregate::temperatureFor(UsageAggregate::daily(native, c), t, c);
        QCOMPARE(perDay, (std::vector<double>{ 30, 31, 32 }));
        const auto points = UsageAggregate::signature(native, t, c);
        QCOMPARE(points.size(), size_t(3));
        QCOMPARE(points[1].day, first.addDays(1));
        QCOMPARE(points[1].meanF, 31.0);
        QCOMPARE(points[1].kwhPerDay, 24.0);
        // A day without temperature has no point.
        t.daily[2].meanF = gap;
        QCOMPARE(UsageAggregate::signature(native, t, c).size(), size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestUsageAggregate)
#include "tst_usageaggregate.moc"
