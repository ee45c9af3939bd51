// The utility-usage/poll COMPLETE answer against the World it is drawn from: x conventions,
// daily sums, native 15/60-minute points on DST days, TOU, COST, DEMAND, MONTHLY periods,
// net-metering meters, and request parsing.
#include "payloadtesting.h"

#include <QTest>

#include <cmath>

using namespace payloadtesting;
using namespace sim;
using coopdesk::WallClock;
namespace payloads = sim::payloads;

namespace {

struct Point
{
    qint64 x;
    double y;
};

QList<Point> points(const QJsonObject &series)
{
    QList<Point> out;
    const QJsonArray data = series.value(u"data").toArray();
    for (const QJsonValue &v : data)
        out.append({ v.toObject().value(u"x").toInteger(), v.toObject().value(u"y").toDouble() });
    return out;
}

} // namespace

class TestUsagePoll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<World> world = makeWorld();
    const Member &member = demoMember(*world);

    payloads::UsageQuery query(const Account &a, const ServiceLocation &l, payloads::TimeFrame tf,
                               QDate first, QDate last, bool demand = false) const
    {
        payloads::UsageQuery q;
        q.userId = member.email;
        q.accountNumber = a.number;
        q.serviceLocationNumber = l.number;
        q.screen = QStringLiteral("USAGE_EXPLORER");
        q.timeFrame = tf;
        q.industries = { QStringLiteral("ELECTRIC") };
        q.startMs = world->wallClock().startOfDay(first);
        q.endMs = world->wallClock().startOfDay(last.addDays(1));
        q.includeDemand = demand;
        return q;
    }

    QJsonArray entries(const Account &a, const ServiceLocation &l,
                       const payloads::UsageQuery &q) const
    {
        const QJsonObject answer = parse(payloads::usageComplete(*world, a, l, q)).object();
        return answer.value(u"data").toObject().value(u"ELECTRIC").toArray();
    }

    static QJsonObject entry(const QJsonArray &list, const char *type)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(u"type").toString() == QLatin1String(type))
                return v.toObject();
        }
        return {};
    }

    static QStringList types(const QJsonArray &list)
    {
        QStringList out;
        for (const QJsonValue &v : list)
            out.append(v.toObject().value(u"type").toString());
        return out;
    }

    double usageSum(const ServiceLocation &l, const Meter &m, qint64 from, qint64 to) const
    {
        const IntervalSeries s = world->usage(l, m, from, to);
        double sum = 0;
        for (double v : s.kwh)
            sum += v;
        return sum;
    }

private Q_SLOTS:
    void dailyPointsAreFakeUtcMidnightsWithDaySums()
    {
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        const QDate first(2026, 2, 27), last(2026, 3, 12); // spans the spring-forward day
        const QJsonObject usage = entry(
            entries(home, l, query(home, l, payloads::TimeFrame::Daily, first, last)), "USAGE");
        const QList<Point> pts = points(usage.value(u"series").toArray().first().toObject());
        QCOMPARE(pts.size(), int(first.daysTo(last) + 1));
        const auto &clock = world->wallClock();
        for (int i = 0; i < pts.size(); ++i) {
            const QDate day = first.addDays(i);
            QCOMPARE(pts[i].x, WallClock::fakeUtcOf(day));
            const double expected = usageSum(l, l.meters.first(), clock.startOfDay(day),
                                             clock.startOfDay(day.addDays(1)));
            QVERIFY2(std::abs(pts[i].y - expected) < 0.0051, qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(pts[i].y, std::round(pts[i].y * 100) / 100); // two decimals, like the portal
        }
        // xToOrderedInterval: one key per point, interval of one fake-UTC day.
        const QJsonObject intervals = usage.value(u"xToOrderedInterval").toObject();
        QCOMPARE(intervals.size(), pts.size());
        const QJsonObject dst
            = intervals.value(QString::number(WallClock::fakeUtcOf(QDate(2026, 3, 8)))).toObject();
        QCOMPARE(dst.value(u"interval").toObject().value(u"end").toInteger()
                     - dst.value(u"interval").toObject().value(u"start").toInteger(),
                 qint64(86400000));
        // baseSeries repeats the single meter's series; meterToChartData lists it twice.
        QCOMPARE(usage.value(u"baseSeries").toObject().value(u"data").toArray(),
                 usage.value(u"series").toArray().first().toObject().value(u"data").toArray());
        QCOMPARE(usage.value(u"meterToChartData").toObject().begin().value().toArray().size(),
                 2 * pts.size());
    }

    void hourlyCountsOnDstDays_data()
    {
        QTest::addColumn<QString>("accountNumber");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("distinctX");
        QTest::newRow("15 min, spring forward")
            << QStringLiteral("1000123401") << QDate(2026, 3, 8) << 92 << 92;
        QTest::newRow("15 min, fall back")
            << QStringLiteral("1000123401") << QDate(2026, 11, 1) << 100 << 96;
        QTest::newRow("15 min, plain day")
            << QStringLiteral("1000123401") << QDate(2026, 7, 14) << 96 << 96;
        QTest::newRow("60 min, spring forward")
            << QStringLiteral("1000123402") << QDate(2026, 3, 8) << 23 << 23;
        QTest::newRow("60 min, fall back")
            << QStringLiteral("1000123402") << QDate(2026, 11, 1) << 25 << 24;
    }

    void hourlyCountsOnDstDays()
    {
        QFETCH(QString, accountNumber);
        QFETCH(QDate, day);
        QFETCH(int, count);
        QFETCH(int, distinctX);
        const Account &a = *world->coop().account(accountNumber);
        const ServiceLocation &l = a.locations.first();
        const QJsonObject usage
            = entry(entries(a, l, query(a, l, payloads::TimeFrame::Hourly, day, day)), "USAGE");
        const QList<Point> pts = points(usage.value(u"series").toArray().first().toObject());
        QCOMPARE(pts.size(), count);
        QCOMPARE(usage.value(u"xToOrderedInterval").toObject().size(), distinctX);
        QCOMPARE(pts.first().x, WallClock::fakeUtcOf(day));
        // Each point is the World's native interval, in order; x is its local wall clock.
        const IntervalSeries s
            = world->usage(l, l.meters.first(), world->wallClock().startOfDay(day),
                           world->wallClock().startOfDay(day.addDays(1)));
        QCOMPARE(int(s.startMs.size()), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(pts[i].x, world->wallClock().toFakeUtc(s.startMs[size_t(i)]));
            QCOMPARE(pts[i].y, std::round(s.kwh[size_t(i)] * 1000) / 1000);
        }
        if (count > distinctX) {
            // Fall back: the repeated hour carries the first occurrence's x again, so x steps
            // back once, by exactly one hour.
            int stepsBack = 0;
            for (int i = 1; i < count; ++i) {
                if (pts[i].x < pts[i - 1].x) {
                    ++stepsBack;
                    QCOMPARE(pts[i].x, WallClock::fakeUtcOf(day, QTime(1, 0)));
                }
            }
            QCOMPARE(stepsBack,
                     count == 25 ? 0 : 1); // 60-minute: the two 01:00 points are adjacent
            if (count == 25)
                QCOMPARE(pts[1].x, pts[2].x);
        }
    }

    void timeOfUseAddsUpToUsage()
    {
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        for (const auto tf : { payloads::TimeFrame::Hourly, payloads::TimeFrame::Daily }) {
            const QJsonArray list
                = entries(home, l, query(home, l, tf, QDate(2026, 10, 28), QDate(2026, 11, 3)));
            QCOMPARE(types(list),
                     (QStringList { QStringLiteral("USAGE"), QStringLiteral("TIME_OF_USE"),
                                    QStringLiteral("COST") }));
            const QList<Point> usage
                = points(entry(list, "USAGE").value(u"series").toArray().first().toObject());
            const QJsonArray touSeries = entry(list, "TIME_OF_USE").value(u"series").toArray();
            QCOMPARE(touSeries.size(), 3);
            QStringList names;
            QList<QList<Point>> periods;
            int touPoints = 0;
            for (const QJsonValue &s : touSeries) {
                names.append(s.toObject().value(u"rateName").toString());
                QCOMPARE(s.toObject().value(u"name").toString(),
                         l.meters.first().number + u" - " + names.last());
                periods.append(points(s.toObject()));
                touPoints += int(periods.last().size());
            }
            QCOMPARE(names,
                     (QStringList { QStringLiteral("Off Peak"), QStringLiteral("On Peak"),
                                    QStringLiteral("Super Off Pk") }));
            if (tf == payloads::TimeFrame::Hourly) {
                // Each interval in exactly one period, with the USAGE value; in time order per
                // series, so merge by position in the USAGE list (x repeats on Nov 1).
                QCOMPARE(touPoints, int(usage.size()));
                QList<int> next(3, 0);
                for (const Point &u : usage) {
                    int found = 0;
                    for (int p = 0; p < 3; ++p) {
                        const int i = next[p];
                        if (i < periods[p].size() && periods[p][i].x == u.x && found == 0) {
                            QCOMPARE(periods[p][i].y, u.y);
                            ++next[p];
                            ++found;
                        }
                    }
                    QCOMPARE(found, 1);
                }
            } else {
                for (int i = 0; i < usage.size(); ++i) {
                    double sum = 0;
                    for (const QList<Point> &p : periods) {
                        QCOMPARE(p[i].x, usage[i].x);
                        sum += p[i].y;
                    }
                    QVERIFY(std::abs(sum - usage[i].y)
                            < 0.0151); // each period rounded to cents of kWh
                }
            }
        }
    }

    void timeOfUsePeriodsFollowTheRate()
    {
        // On a weekday, the 17:00 hour is On Peak and 03:00 is Super Off Pk.
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        const QDate weekday(2026, 10, 14);
        QCOMPARE(weekday.dayOfWeek(), 3);
        const QJsonObject tou
            = entry(entries(home, l, query(home, l, payloads::TimeFrame::Hourly, weekday, weekday)),
                    "TIME_OF_USE");
        QHash<QString, QSet<qint64>> xsByPeriod;
        const QJsonArray series = tou.value(u"series").toArray();
        for (const QJsonValue &s : series) {
            for (const Point &p : points(s.toObject()))
                xsByPeriod[s.toObject().value(u"rateName").toString()].insert(p.x);
        }
        QVERIFY(xsByPeriod.value(QStringLiteral("On Peak"))
                    .contains(WallClock::fakeUtcOf(weekday, QTime(17, 0))));
        QVERIFY(xsByPeriod.value(QStringLiteral("Super Off Pk"))
                    .contains(WallClock::fakeUtcOf(weekday, QTime(3, 0))));
        QVERIFY(xsByPeriod.value(QStringLiteral("Off Peak"))
                    .contains(WallClock::fakeUtcOf(weekday, QTime(12, 0))));
    }

    void costFollowsTheRate()
    {
        // Home (TOU) publishes cost, the farm's demand rate does not.
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &hl = home.locations.first();
        const QDate day(2026, 10, 14);
        const QJsonObject cost = entry(
            entries(home, hl, query(home, hl, payloads::TimeFrame::Hourly, day, day)), "COST");
        QCOMPARE(cost.value(u"unitOfMeasure").toString(), QStringLiteral("USD"));
        const QList<Point> pts = points(cost.value(u"series").toArray().first().toObject());
        const IntervalSeries s
            = world->usage(hl, hl.meters.first(), world->wallClock().startOfDay(day),
                           world->wallClock().startOfDay(day.addDays(1)));
        QCOMPARE(pts.size(), int(s.kwh.size()));
        for (int i = 0; i < pts.size(); i += 7) {
            const double dollars
                = s.kwh[size_t(i)] * double(world->priceAt(hl.rate, s.startMs[size_t(i)])) / 1e6;
            QVERIFY(std::abs(pts[i].y - dollars) < 0.00006);
        }

        const Account &farm = account(*world, "1000123402");
        const ServiceLocation &fl = farm.locations.first();
        QVERIFY(!fl.rate.publishesCost);
        QVERIFY(!types(entries(farm, fl, query(farm, fl, payloads::TimeFrame::Daily, day, day)))
                     .contains(u"COST"));

        // The same home with cost publishing switched off: no COST entry.
        ServiceLocation quiet = hl;
        quiet.rate.publishesCost = false;
        QCOMPARE(
            types(entries(home, quiet, query(home, quiet, payloads::TimeFrame::Daily, day, day))),
            (QStringList { QStringLiteral("USAGE"), QStringLiteral("TIME_OF_USE") }));
    }

    void demandOnlyWhenAskedOnADemandRate()
    {
        const Account &farm = account(*world, "1000123402");
        const ServiceLocation &fl = farm.locations.first();
        const QDate first(2026, 10, 1), last(2026, 10, 7);
        QCOMPARE(types(entries(farm, fl,
                               query(farm, fl, payloads::TimeFrame::Daily, first, last, false))),
                 QStringList { QStringLiteral("USAGE") });
        const QJsonArray withDemand
            = entries(farm, fl, query(farm, fl, payloads::TimeFrame::Daily, first, last, true));
        QCOMPARE(types(withDemand),
                 (QStringList { QStringLiteral("USAGE"), QStringLiteral("DEMAND") }));
        const QJsonObject demand = entry(withDemand, "DEMAND");
        QCOMPARE(demand.value(u"unitOfMeasure").toString(), QStringLiteral("KW"));
        // A day's demand is its highest hourly kWh (60-minute meter: kWh per hour = kW).
        const QList<Point> pts = points(demand.value(u"series").toArray().first().toObject());
        QCOMPARE(pts.size(), 7);
        const IntervalSeries s
            = world->usage(fl, fl.meters.first(), world->wallClock().startOfDay(first),
                           world->wallClock().startOfDay(first.addDays(1)));
        QCOMPARE(pts.first().y,
                 std::round(*std::max_element(s.kwh.begin(), s.kwh.end()) * 100) / 100);

        // No demand rate, no DEMAND entry even when asked.
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &hl = home.locations.first();
        QVERIFY(!types(entries(home, hl,
                               query(home, hl, payloads::TimeFrame::Daily, first, last, true)))
                     .contains(u"DEMAND"));
    }

    void monthlyPointsAreBillingPeriods()
    {
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        const QList<Bill> bills = world->bills(home);
        QVERIFY(bills.size() >= 13);
        const auto &clock = world->wallClock();
        payloads::UsageQuery q
            = query(home, l, payloads::TimeFrame::Monthly, QDate(2025, 11, 15), world->today());
        q.endMs = world->dataEndMs();
        const QJsonObject usage = entry(entries(home, l, q), "USAGE");
        const QList<Point> pts = points(usage.value(u"series").toArray().first().toObject());
        const QJsonObject intervals = usage.value(u"xToOrderedInterval").toObject();
        QCOMPARE(intervals.size(), pts.size());

        // Closed periods overlapping the range, oldest first, then the open period.
        QList<Bill> expected;
        for (const Bill &b : bills) {
            if (clock.startOfDay(b.periodEnd.addDays(1)) > q.startMs)
                expected.append(b);
        }
        QCOMPARE(pts.size(), int(expected.size()) + 1);
        for (int i = 0; i < expected.size(); ++i) {
            const Bill &b = expected.at(i);
            QCOMPARE(pts[i].x, WallClock::fakeUtcOf(b.periodStart));
            const QJsonObject o = intervals.value(QString::number(pts[i].x)).toObject();
            QCOMPARE(o.value(u"orderedName").toString(),
                     QLocale::c().toString(b.billDate, u"MMM yyyy"));
            QCOMPARE(o.value(u"interval").toObject().value(u"end").toInteger(),
                     WallClock::fakeUtcOf(b.periodEnd.addDays(1)));
            const double total = usageSum(l, l.meters.first(), clock.startOfDay(b.periodStart),
                                          clock.startOfDay(b.periodEnd.addDays(1)));
            QVERIFY(std::abs(pts[i].y - total) < 0.0051);
        }
        const QJsonObject open = intervals.value(QString::number(pts.last().x)).toObject();
        QCOMPARE(open.value(u"orderedName").toString(), QStringLiteral("Dec 9999"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                     open.value(u"interval").toObject().value(u"end").toInteger(), Qt::UTC)
                     .date()
                     .year(),
                 9999);
        QCOMPARE(pts.last().x, WallClock::fakeUtcOf(world->openPeriodStart(home)));
    }

    void netMeteredLocationHasNetAndReturnMeters()
    {
        const Account &solar = account(*world, "1000123403");
        const ServiceLocation &l = solar.locations.first();
        const QDate day(2026, 6, 21);
        const QJsonArray list
            = entries(solar, l, query(solar, l, payloads::TimeFrame::Hourly, day, day));
        const QJsonObject usage = entry(list, "USAGE");
        QStringList flows;
        const QJsonArray meters = usage.value(u"meters").toArray();
        for (const QJsonValue &m : meters)
            flows.append(m.toObject().value(u"flowDirection").toString());
        QCOMPARE(flows, (QStringList { QStringLiteral("NET"), QStringLiteral("RETURN") }));
        const QJsonArray series = usage.value(u"series").toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(usage.value(u"meterToChartData").toObject().size(), 2);
        // Midsummer noon: the NET meter runs negative, the RETURN meter positive.
        const qint64 noon = WallClock::fakeUtcOf(day, QTime(12, 0));
        double net = 0, ret = 0;
        for (const Point &p : points(series.at(0).toObject()))
            if (p.x == noon)
                net = p.y;
        for (const Point &p : points(series.at(1).toObject()))
            if (p.x == noon)
                ret = p.y;
        QVERIFY2(net < 0, qPrintable(QString::number(net)));
        QVERIFY2(ret > 0, qPrintable(QString::number(ret)));
        QVERIFY(series.at(0).toObject().value(u"isNet").toBool());
        // COST is priced on the consumption (NET) meter only.
        QCOMPARE(entry(list, "COST").value(u"series").toArray().size(), 1);
    }

    void dataEndsYesterdayAndBeforeConnect()
    {
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        // A range reaching past today stops at yesterday.
        const QDate today = world->today();
        payloads::UsageQuery q
            = query(home, l, payloads::TimeFrame::Daily, today.addDays(-3), today.addDays(5));
        QList<Point> pts = points(
            entry(entries(home, l, q), "USAGE").value(u"series").toArray().first().toObject());
        QCOMPARE(pts.size(), 3);
        QCOMPARE(pts.last().x, WallClock::fakeUtcOf(today.addDays(-1)));
        // A range before the connect date has no points, but still a well-formed entry.
        q = query(home, l, payloads::TimeFrame::Daily, QDate(2021, 5, 1), QDate(2021, 5, 14));
        pts = points(
            entry(entries(home, l, q), "USAGE").value(u"series").toArray().first().toObject());
        QCOMPARE(pts.size(), 1);
        QCOMPARE(pts.first().x, WallClock::fakeUtcOf(QDate(2021, 5, 14)));
    }

    void boundsAsStringsGiveTheSameAnswer()
    {
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        const auto &clock = world->wallClock();
        const qint64 start = clock.startOfDay(QDate(2026, 9, 1));
        const qint64 end = clock.startOfDay(QDate(2026, 9, 3));
        const QString shape = QStringLiteral(
            R"({"timeFrame":"HOURLY","userId":"demo@mountainvalley.coop","screen":"USAGE_EXPLORER",
                "includeDemand":false,"serviceLocationNumber":"30001","accountNumber":"1000123401",
                "industries":["ELECTRIC"],"startDateTime":%1,"endDateTime":%2})");
        QString error;
        const auto numbers = payloads::parseUsageQuery(shape.arg(start).arg(end).toUtf8(), &error);
        QVERIFY2(numbers, qPrintable(error));
        const auto strings = payloads::parseUsageQuery(
            shape.arg(u'"' + QString::number(start) + u'"', u'"' + QString::number(end) + u'"')
                .toUtf8(),
            &error);
        QVERIFY2(strings, qPrintable(error));
        const QByteArray a = payloads::usageComplete(*world, home, l, *numbers);
        QCOMPARE(payloads::usageComplete(*world, home, l, *strings), a);
        QCOMPARE(
            points(entry(parse(a).object().value(u"data").toObject().value(u"ELECTRIC").toArray(),
                         "USAGE")
                       .value(u"series")
                       .toArray()
                       .first()
                       .toObject())
                .size(),
            192);
    }
};

QTEST_GUILESS_MAIN(TestUsagePoll)
#include "tst_usagepoll.moc"
