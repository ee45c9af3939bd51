// The synthetic co-op: cast, weather, usage, DST, TOU calendar, and that the usage follows its
// documented ground truth.
#include "sim/world/world.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace sim;

namespace {

constexpr quint64 seed = 20260522;
constexpr qint64 msPerHour = 3600LL * 1000;
constexpr qint64 endOfTime = std::numeric_limits<qint64>::max();

// 2026-11-22 10:30 in Denver (MST).
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC);
}

World::Clock clockAt(QDateTime t)
{
    return [t] {
        return t;
    };
}

const ServiceLocation &locationOf(const World &world, const char *number)
{
    const ServiceLocation *l = world.coop().location(QString::fromLatin1(number));
    Q_ASSERT(l);
    return *l;
}

double sum(const std::vector<double> &values)
{
    double s = 0;
    for (double v : values)
        s += v;
    return s;
}

// Sum of a meter's intervals over one local day.
double dayKwh(const World &world, const ServiceLocation &l, const Meter &m, QDate day)
{
    const auto &clock = world.wallClock();
    return sum(world.usage(l, m, clock.startOfDay(day), clock.startOfDay(day.addDays(1))).kwh);
}

// Solves the 3x3 normal equations of y = b0 + b1*x1 + b2*x2 by ordinary least squares.
struct Fit
{
    double b0 = 0, b1 = 0, b2 = 0;
};

Fit ols(const std::vector<double> &x1, const std::vector<double> &x2, const std::vector<double> &y)
{
    double a[3][4] = {};
    for (size_t i = 0; i < y.size(); ++i) {
        const double row[3] = { 1, x1[i], x2[i] };
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c)
                a[r][c] += row[r] * row[c];
            a[r][3] += row[r] * y[i];
        }
    }
    for (int p = 0; p < 3; ++p) { // Gauss-Jordan, the system is well conditioned
        for (int r = 0; r < 3; ++r) {
            if (r == p)
                continue;
            const double f = a[r][p] / a[p][p];
            for (int c = p; c < 4; ++c)
                a[r][c] -= f * a[p][c];
        }
    }
    return { a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2] };
}

} // namespace

class TestSimWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void castCoversEveryRole()
    {
        const World world(seed, clockAt(fixedNow()));
        const Coop &coop = world.coop();
        QCOMPARE(coop.name, u"Mountain Valley Electric Cooperative"_qs);
        QCOMPARE(coop.zone.id(), QByteArrayLiteral("America/Denver"));

        const Member *demo = coop.member(u"DEMO@mountainvalley.coop"_qs);
        QVERIFY(demo);
        QVERIFY(!demo->password.isEmpty());
        QVERIFY(demo->totpSecretBase32.isEmpty());
        QCOMPARE(coop.accountsOf(*demo).size(), 4);

        const ServiceLocation &home = locationOf(world, "30001");
        QCOMPARE(home.meters.size(), 1);
        QCOMPARE(home.meters.first().intervalMinutes, 15);
        QVERIFY(home.rate.isTimeOfUse());
        QStringList periodNames;
        for (const TouPeriod &p : home.rate.touPeriods)
            periodNames << p.name;
        QCOMPARE(periodNames, QStringList({ u"On Peak"_qs, u"Super Off Pk"_qs, u"Off Peak"_qs }));

        const ServiceLocation &farm = locationOf(world, "30002");
        QCOMPARE(farm.meters.first().intervalMinutes, 60);
        QVERIFY(farm.rate.hasDemand());
        QCOMPARE(farm.serviceKey, u"1ELEC"_qs);

        const ServiceLocation &solar = locationOf(world, "30003");
        QCOMPARE(solar.meters.size(), 2);
        QCOMPARE(solar.meters.at(0).flow, FlowDirection::Net);
        QCOMPARE(solar.meters.at(1).flow, FlowDirection::Return);
        QVERIFY(solar.rate.netExportCreditMicroDollarsPerKwh > 0);

        const Account *closed = coop.account(u"1000123404"_qs);
        QVERIFY(closed && closed->inactive);
        QVERIFY(closed->locations.first().disconnectDate.isValid());

        bool mfa = false, secondary = false, multiLocation = false, fresh = false;
        for (const Member &m : coop.members) {
            QVERIFY2(!m.securityPhrase.isEmpty(), qPrintable(m.email));
            QVERIFY2(!m.paymentMethods.isEmpty(), qPrintable(m.email));
            QVERIFY(!m.role.isEmpty());
            for (const StoredPaymentMethod &pm : m.paymentMethods)
                QCOMPARE(pm.last4.size(), 4);
            if (!m.totpSecretBase32.isEmpty()) {
                mfa = true;
                for (QChar c : m.totpSecretBase32)
                    QVERIFY((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'));
            }
            if (m.secondaryRegistration) {
                secondary = true;
                QVERIFY(m.primaryUsername.compare(m.email, Qt::CaseInsensitive) != 0);
                QVERIFY(coop.member(m.primaryUsername));
            }
            for (const Account *a : coop.accountsOf(m)) {
                multiLocation |= a->locations.size() > 1;
                fresh |= a->locations.first().connectDate == world.today();
            }
        }
        QVERIFY(mfa);
        QVERIFY(secondary);
        QVERIFY(multiLocation);
        QVERIFY(fresh);
    }

    void sameSeedSameWorld()
    {
        const World a(seed, clockAt(fixedNow()));
        const World b(seed, clockAt(fixedNow()));
        const World other(seed + 1, clockAt(fixedNow()));
        const auto &clock = a.wallClock();
        const qint64 from = clock.startOfDay(QDate(2026, 1, 1));
        const qint64 to = clock.startOfDay(QDate(2026, 3, 1));
        bool differs = false;
        for (const Account &account : a.coop().accounts) {
            for (const ServiceLocation &l : account.locations) {
                QCOMPARE(a.temperatureF(l, from), b.temperatureF(l, from));
                const DailyWeather wa = a.dailyWeather(l, QDate(2025, 7, 4));
                const DailyWeather wb = b.dailyWeather(l, QDate(2025, 7, 4));
                QCOMPARE(wa.highF, wb.highF);
                QCOMPARE(wa.dewPointF, wb.dewPointF);
                differs |= a.temperatureF(l, from) != other.temperatureF(l, from);
                for (const Meter &m : l.meters) {
                    const IntervalSeries ua = a.usage(l, m, from, to);
                    const IntervalSeries ub = b.usage(l, m, from, to);
                    QCOMPARE(ua.startMs, ub.startMs);
                    QCOMPARE(ua.kwh, ub.kwh);
                    if (!ua.kwh.empty())
                        differs |= ua.kwh != other.usage(l, m, from, to).kwh;
                }
            }
            const QList<Bill> ba = a.bills(account);
            const QList<Bill> bb = b.bills(account);
            QCOMPARE(ba.size(), bb.size());
            for (qsizetype i = 0; i < ba.size(); ++i) {
                QCOMPARE(ba[i].uuid, bb[i].uuid);
                QCOMPARE(ba[i].total, bb[i].total);
                QCOMPARE(ba[i].amountDue, bb[i].amountDue);
            }
        }
        QVERIFY(differs);
        const Account &home = *a.coop().account(u"1000123401"_qs);
        QVERIFY(a.bills(home).last().uuid != other.bills(home).last().uuid);
    }

    void answersDoNotDependOnOrder()
    {
        const World whole(seed, clockAt(fixedNow()));
        const World pieces(seed, clockAt(fixedNow()));
        const auto &clock = whole.wallClock();
        const ServiceLocation &home = locationOf(whole, "30001");
        const Meter &meter = home.meters.first();
        const qint64 yearStart = clock.startOfDay(QDate(2025, 6, 1));
        const qint64 yearEnd = clock.startOfDay(QDate(2026, 6, 1));

        // The late slice first, and starts that are not on an interval boundary.
        const qint64 sliceFrom = clock.startOfDay(QDate(2026, 2, 10)) + 7 * 60000;
        const qint64 sliceTo = clock.startOfDay(QDate(2026, 2, 17)) + 30 * 60000;
        const IntervalSeries slice = pieces.usage(home, meter, sliceFrom, sliceTo);
        const IntervalSeries early = pieces.usage(home, meter, yearStart, sliceFrom);
        const IntervalSeries full = whole.usage(home, meter, yearStart, yearEnd);

        QCOMPARE(slice.startMs.front(), clock.startOfDay(QDate(2026, 2, 10)) + 15 * 60000);
        QCOMPARE(slice.startMs.back(), sliceTo - 15 * 60000);
        const auto at = std::find(full.startMs.begin(), full.startMs.end(), slice.startMs.front());
        QVERIFY(at != full.startMs.end());
        const size_t offset = size_t(at - full.startMs.begin());
        for (size_t i = 0; i < slice.kwh.size(); ++i) {
            QCOMPARE(slice.startMs[i], full.startMs[offset + i]);
            QCOMPARE(slice.kwh[i], full.kwh[offset + i]);
        }
        for (size_t i = 0; i < early.kwh.size(); ++i)
            QCOMPARE(early.kwh[i], full.kwh[i]);
        // Weather asked in any order is the same weather.
        QCOMPARE(pieces.dailyWeather(home, QDate(2018, 3, 3)).meanF,
                 whole.dailyWeather(home, QDate(2018, 3, 3)).meanF);
    }

    void daylightSavingDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("spring forward") << QDate(2026, 3, 8) << 23;
        QTest::newRow("fall back") << QDate(2025, 11, 2) << 25;
        QTest::newRow("fall back 2026") << QDate(2026, 11, 1) << 25;
        QTest::newRow("ordinary") << QDate(2026, 1, 15) << 24;
    }

    void daylightSavingDays()
    {
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const World world(seed, clockAt(fixedNow()));
        const auto &clock = world.wallClock();
        const qint64 from = clock.startOfDay(day);
        const qint64 to = clock.startOfDay(day.addDays(1));
        const ServiceLocation &home = locationOf(world, "30001");
        const ServiceLocation &farm = locationOf(world, "30002");

        const IntervalSeries quarter = world.usage(home, home.meters.first(), from, to);
        QCOMPARE(int(quarter.kwh.size()), hours * 4);
        const IntervalSeries hourly = world.usage(farm, farm.meters.first(), from, to);
        QCOMPARE(int(hourly.kwh.size()), hours);
        for (size_t i = 0; i < quarter.startMs.size(); ++i)
            QCOMPARE(quarter.startMs[i], from + qint64(i) * 15 * 60000);

        // The daily mean is over the day's real hours, and the day's total follows the truth
        // on it (within the documented noise).
        double temperatureSum = 0;
        for (qint64 t = from; t < to; t += msPerHour)
            temperatureSum += world.temperatureF(home, t);
        const DailyWeather weather = world.dailyWeather(home, day);
        QVERIFY(qAbs(weather.meanF - temperatureSum / hours) < 1e-9);
        const UsageTruth &t = home.truth;
        const double expected = t.baseloadKwhPerDay
            + t.heatingKwhPerHdd * std::max(t.heatingBalanceF - weather.meanF, 0.0)
            + t.coolingKwhPerCdd * std::max(weather.meanF - t.coolingBalanceF, 0.0);
        const double total = sum(quarter.kwh);
        QVERIFY2(qAbs(total / expected - 1) < 4 * t.noiseFraction,
                 qPrintable(QString::number(total) + u" vs "_qs + QString::number(expected)));
        // The day adds up to the same however the day is cut.
        double byHour = 0;
        for (qint64 h = from; h < to; h += msPerHour)
            byHour += sum(world.usage(home, home.meters.first(), h, h + msPerHour).kwh);
        QVERIFY(qAbs(byHour - total) < 1e-6);
    }

    void dataSpansConnectToMidnightToday()
    {
        const World world(seed, clockAt(fixedNow()));
        const auto &clock = world.wallClock();
        QCOMPARE(world.today(), QDate(2026, 11, 22));
        QCOMPARE(world.dataEndMs(), clock.startOfDay(QDate(2026, 11, 22)));

        const ServiceLocation &home = locationOf(world, "30001");
        const IntervalSeries all = world.usage(home, home.meters.first(), 0, endOfTime);
        QCOMPARE(all.startMs.front(), clock.startOfDay(home.connectDate));
        QCOMPARE(all.startMs.back() + 15 * 60000, world.dataEndMs());
        for (double kwh : all.kwh)
            QVERIFY(kwh > 0); // no zero or missing data on normal days
        // Contiguous: every interval follows the previous one.
        for (size_t i = 1; i < all.startMs.size(); ++i)
            QCOMPARE(all.startMs[i] - all.startMs[i - 1], 15 * 60000LL);
        QVERIFY(world.usage(home, home.meters.first(), 0, clock.startOfDay(home.connectDate))
                    .kwh.empty());
        QVERIFY(world.usage(home, home.meters.first(), world.dataEndMs(), endOfTime).kwh.empty());

        const ServiceLocation &closed = locationOf(world, "30004");
        const IntervalSeries old = world.usage(closed, closed.meters.first(), 0, endOfTime);
        QCOMPARE(old.startMs.back() + msPerHour, clock.startOfDay(closed.disconnectDate));

        const ServiceLocation &fresh = locationOf(world, "30501");
        QCOMPARE(fresh.connectDate, world.today());
        QVERIFY(world.usage(fresh, fresh.meters.first(), 0, endOfTime).kwh.empty());
    }

    void advancingClockExtendsData()
    {
        QDateTime now = fixedNow();
        const World world(seed, [&now] { return now; });
        const ServiceLocation &home = locationOf(world, "30001");
        const IntervalSeries before = world.usage(home, home.meters.first(), 0, endOfTime);
        now = now.addDays(1);
        const IntervalSeries after = world.usage(home, home.meters.first(), 0, endOfTime);
        QCOMPARE(after.kwh.size(), before.kwh.size() + 96);
        QVERIFY(std::equal(before.kwh.begin(), before.kwh.end(), after.kwh.begin()));
        // The new account gets its first day.
        const ServiceLocation &fresh = locationOf(world, "30501");
        QCOMPARE(int(world.usage(fresh, fresh.meters.first(), 0, endOfTime).kwh.size()), 96);
    }

    void weatherLooksLikeDenver()
    {
        const World world(seed, clockAt(fixedNow()));
        const ServiceLocation &home = locationOf(world, "30001");
        const auto &clock = world.wallClock();
        double janLow = 0, janHigh = 0, julLow = 0, julHigh = 0;
        int janDays = 0, julDays = 0;
        double dawnMinus[24] = {};
        std::vector<double> means;
        for (QDate d(2016, 1, 1); d < QDate(2026, 1, 1); d = d.addDays(1)) {
            const DailyWeather w = world.dailyWeather(home, d);
            QVERIFY(w.lowF <= w.meanF && w.meanF <= w.highF);
            QVERIFY(w.dewPointF < w.lowF);
            QVERIFY(w.windMph > 0 && w.windDirectionDeg >= 0 && w.windDirectionDeg < 360);
            means.push_back(w.meanF);
            if (d.month() == 1) {
                janLow += w.lowF;
                janHigh += w.highF;
                ++janDays;
            } else if (d.month() == 7) {
                julLow += w.lowF;
                julHigh += w.highF;
                ++julDays;
                const qint64 start = clock.startOfDay(d);
                for (int h = 0; h < 24; ++h)
                    dawnMinus[h] += world.temperatureF(home, start + h * msPerHour);
            }
        }
        // Normals: January about 18/45 F, July about 59/89 F. Hourly noise widens highs and lows.
        QVERIFY2(qAbs(janLow / janDays - 18) < 4, qPrintable(QString::number(janLow / janDays)));
        QVERIFY2(qAbs(janHigh / janDays - 45) < 4, qPrintable(QString::number(janHigh / janDays)));
        QVERIFY2(qAbs(julLow / julDays - 59) < 4, qPrintable(QString::number(julLow / julDays)));
        QVERIFY2(qAbs(julHigh / julDays - 89) < 4, qPrintable(QString::number(julHigh / julDays)));
        const auto coldest
            = std::min_element(std::begin(dawnMinus), std::end(dawnMinus)) - dawnMinus;
        const auto warmest
            = std::max_element(std::begin(dawnMinus), std::end(dawnMinus)) - dawnMinus;
        QVERIFY2(coldest >= 4 && coldest <= 7, qPrintable(QString::number(coldest)));
        QVERIFY2(warmest >= 13 && warmest <= 16, qPrintable(QString::number(warmest)));

        // Weather persists over days: anomalies from a 31-day running mean are autocorrelated.
        std::vector<double> anomaly;
        for (size_t i = 15; i + 15 < means.size(); ++i) {
            double m = 0;
            for (size_t k = i - 15; k <= i + 15; ++k)
                m += means[k];
            anomaly.push_back(means[i] - m / 31);
        }
        double c0 = 0, c1 = 0;
        for (size_t i = 1; i < anomaly.size(); ++i) {
            c0 += anomaly[i] * anomaly[i];
            c1 += anomaly[i] * anomaly[i - 1];
        }
        QVERIFY2(c1 / c0 > 0.5, qPrintable(QString::number(c1 / c0)));
    }

    // The generator follows its documented truth: an OLS fit of daily kWh on HDD and CDD at the
    // KNOWN balance points recovers baseload and slopes within 10 %.
    void groundTruthRecovered_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("demo home, 15-min") << u"30001"_qs;
        QTest::newRow("farm, hourly") << u"30002"_qs;
        QTest::newRow("Lee home") << u"30301"_qs;
    }

    void groundTruthRecovered()
    {
        QFETCH(QString, location);
        const World world(seed, clockAt(fixedNow()));
        const ServiceLocation &l = *world.coop().location(location);
        const UsageTruth &t = l.truth;
        std::vector<double> hdd, cdd, kwh;
        for (QDate d = world.today().addDays(-365); d < world.today(); d = d.addDays(1)) {
            const double mean = world.dailyWeather(l, d).meanF;
            hdd.push_back(std::max(t.heatingBalanceF - mean, 0.0));
            cdd.push_back(std::max(mean - t.coolingBalanceF, 0.0));
            kwh.push_back(dayKwh(world, l, l.meters.first(), d));
        }
        const Fit fit = ols(hdd, cdd, kwh);
        const QString got
            = u"baseload %1 heating %2 cooling %3"_qs.arg(fit.b0).arg(fit.b1).arg(fit.b2);
        QVERIFY2(qAbs(fit.b0 / t.baseloadKwhPerDay - 1) < 0.10, qPrintable(got));
        QVERIFY2(qAbs(fit.b1 / t.heatingKwhPerHdd - 1) < 0.10, qPrintable(got));
        QVERIFY2(qAbs(fit.b2 / t.coolingKwhPerCdd - 1) < 0.10, qPrintable(got));
    }

    void solarNetAndReturnMeters()
    {
        const World world(seed, clockAt(fixedNow()));
        const auto &clock = world.wallClock();
        const ServiceLocation &solar = locationOf(world, "30003");
        const Meter &net = solar.meters.at(0);
        const Meter &ret = solar.meters.at(1);
        const auto month = [&](const Meter &m, QDate first) {
            return world.usage(solar, m, clock.startOfDay(first),
                               clock.startOfDay(first.addMonths(1)));
        };
        const IntervalSeries julyNet = month(net, QDate(2026, 7, 1));
        const IntervalSeries julyReturn = month(ret, QDate(2026, 7, 1));
        QCOMPARE(julyNet.startMs, julyReturn.startMs);
        QVERIFY2(sum(julyNet.kwh) < 0, "net export in summer");
        QVERIFY(sum(month(net, QDate(2026, 1, 1)).kwh) > 0);
        bool exportsAtNoon = false;
        for (size_t i = 0; i < julyNet.kwh.size(); ++i) {
            QCOMPARE(julyReturn.kwh[i], std::max(-julyNet.kwh[i], 0.0));
            const int hour = clock.toLocal(julyNet.startMs[i]).time().hour();
            if (hour < 4 || hour >= 22)
                QVERIFY(julyNet.kwh[i] > 0); // nothing generated at night
            exportsAtNoon |= hour == 12 && julyReturn.kwh[i] > 0;
        }
        QVERIFY(exportsAtNoon);
    }

    void totalAndReverseMeters()
    {
        // Some co-ops label delivered energy TOTAL and received energy REVERSE (PEC, SECO).
        const World world(seed, clockAt(fixedNow()));
        const auto &clock = world.wallClock();
        const ServiceLocation &cottage = locationOf(world, "30403");
        QCOMPARE(cottage.meters.size(), 2);
        const Meter &total = cottage.meters.at(0);
        const Meter &reverse = cottage.meters.at(1);
        QCOMPARE(total.flow, FlowDirection::Total);
        QCOMPARE(reverse.flow, FlowDirection::Reverse);
        const qint64 from = clock.startOfDay(QDate(2026, 6, 1));
        const qint64 to = clock.startOfDay(QDate(2026, 7, 1));
        const IntervalSeries delivered = world.usage(cottage, total, from, to);
        const IntervalSeries received = world.usage(cottage, reverse, from, to);
        QCOMPARE(delivered.startMs, received.startMs);
        QVERIFY(sum(received.kwh) > 0);
        for (size_t i = 0; i < delivered.kwh.size(); ++i) {
            QVERIFY(delivered.kwh[i] >= 0);
            QVERIFY(received.kwh[i] >= 0);
            QVERIFY2(delivered.kwh[i] == 0 || received.kwh[i] == 0,
                     "an hour either draws from or feeds the grid");
        }
    }

    void everyFlowDirectionIsServed()
    {
        const World world(seed, clockAt(fixedNow()));
        QSet<FlowDirection> seen;
        for (const Account &account : world.coop().accounts) {
            for (const ServiceLocation &location : account.locations) {
                for (const Meter &meter : location.meters)
                    seen.insert(meter.flow);
            }
        }
        QCOMPARE(seen, (QSet<FlowDirection>{ FlowDirection::Forward, FlowDirection::Net,
                                             FlowDirection::Return, FlowDirection::Reverse,
                                             FlowDirection::Total }));
    }

    void touPeriods()
    {
        const World world(seed, clockAt(fixedNow()));
        const auto &clock = world.wallClock();
        const RateSchedule &rate = locationOf(world, "30001").rate;
        const qint64 from = clock.startOfDay(QDate(2025, 11, 1));
        const qint64 to = clock.startOfDay(QDate(2026, 11, 1));
        int onPeak = 0;
        for (qint64 t = from; t < to; t += 15 * 60000) {
            const QString name = world.touPeriodAt(rate, t);
            const QDateTime local = clock.toLocal(t);
            const int hour = local.time().hour();
            const int weekday = local.date().dayOfWeek();
            qsizetype index = -1;
            for (qsizetype i = 0; i < rate.touPeriods.size(); ++i) {
                if (rate.touPeriods[i].name == name)
                    index = i;
            }
            QVERIFY2(index >= 0, qPrintable(name)); // exactly one known period
            QCOMPARE(world.priceAt(rate, t), rate.touPeriods[index].microDollarsPerKwh);
            const bool holiday = local.date() == QDate(2025, 12, 25)
                || local.date() == QDate(2026, 1, 1) || local.date() == QDate(2025, 11, 27)
                || local.date() == QDate(2026, 5, 25) || local.date() == QDate(2026, 9, 7);
            const bool peakWindow = weekday <= 5 && !holiday && hour >= 16 && hour < 20;
            QCOMPARE(name == u"On Peak", peakWindow);
            if (!peakWindow)
                QCOMPARE(name == u"Super Off Pk", hour < 6);
            onPeak += name == u"On Peak";
        }
        QVERIFY(onPeak > 0);
        // A flat rate has no periods.
        QVERIFY(world.touPeriodAt(locationOf(world, "30101").rate, from).isEmpty());
        QCOMPARE(world.priceAt(locationOf(world, "30101").rate, from), 118500);
    }
};

QTEST_GUILESS_MAIN(TestSimWorld)
#include "tst_simworld.moc"
