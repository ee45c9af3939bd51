// What coopdesk-cli prints, from models built by hand: the usage CSV/JSON (DST offsets, joins,
// gaps), and the reports of accounts, bills, payments and weather.
#include "app/cli/report.h"
#include "app/cli/usagetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace coopdesk;
using namespace coopdesk::cli;

namespace {

const double gap = std::numeric_limits<double>::quiet_NaN();

WallClock denver()
{
    return WallClock(QTimeZone("America/Denver"));
}

// One series over `day` at `minutes` steps, values from `value(i)`.
UsageSeries series(const WallClock &clock, QDate day, int minutes, UsageQuantity quantity,
                   const QString &meter, FlowDirection flow,
                   const std::function<double(int)> &value)
{
    UsageSeries s;
    s.meterNumber = meter;
    s.seriesId = meter;
    s.flow = flow;
    s.quantity = quantity;
    const qint64 start = clock.startOfDay(day);
    const qint64 end = clock.startOfDay(day.addDays(1));
    int i = 0;
    for (qint64 t = start; t < end; t += qint64(minutes) * 60'000, ++i) {
        s.startMs.push_back(t);
        s.endMs.push_back(t + qint64(minutes) * 60'000);
        s.values.push_back(value(i));
    }
    return s;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoOffsets()
    {
        const WallClock clock = denver();
        // 2025-11-02 in Denver: 01:00 happens twice, first at -06:00, then at -07:00.
        const qint64 first
            = QDateTime(QDate(2025, 11, 2), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(isoWithOffset(first, clock), u"2025-11-02T01:00:00-06:00"_qs);
        QCOMPARE(isoWithOffset(first + 3'600'000, clock), u"2025-11-02T01:00:00-07:00"_qs);
        const qint64 september
            = QDateTime(QDate(2026, 9, 1), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(isoWithOffset(september, clock), u"2026-09-01T00:00:00-06:00"_qs);
        const WallClock kolkata(QTimeZone("Asia/Kolkata"));
        QCOMPARE(isoWithOffset(0, kolkata), u"1970-01-01T05:30:00+05:30"_qs);
    }

    void decimals()
    {
        QCOMPARE(decimalText(0.226), u"0.226"_qs);
        QCOMPARE(decimalText(1.0), u"1"_qs);
        QCOMPARE(decimalText(-21.32), u"-21.32"_qs);
        QCOMPARE(decimalText(0.0154), u"0.0154"_qs);
        QCOMPARE(decimalText(-0.0), u"0"_qs);
        QVERIFY(decimalText(gap).isEmpty());
    }

    void fallBackDayCsv()
    {
        const WallClock clock = denver();
        const QDate day(2025, 11, 2);
        UsageData data;
        data.accountNumber = u"1000123401"_qs;
        data.locationNumber = u"30001"_qs;
        data.interval = UsageInterval::Native;
        data.fromMs = clock.startOfDay(day);
        data.toMs = clock.startOfDay(day.addDays(1));
        data.series = {
            series(clock, day, 15, UsageQuantity::Usage, u"M1"_qs, FlowDirection::Forward,
                   [](int i) { return i == 10 ? gap : 0.25; }),
            series(clock, day, 15, UsageQuantity::Cost, u"M1"_qs, FlowDirection::Forward,
                   [](int i) { return i == 20 ? gap : 0.0235; }),
            // A TOU split of the same meter is not a row of its own.
            series(clock, day, 15, UsageQuantity::TimeOfUse, u"M1"_qs, FlowDirection::Forward,
                   [](int) { return 0.25; }),
        };
        const UsageTable table(data);
        QCOMPARE(table.rows().size(), 100); // 25 hours of 15 minutes
        QVERIFY(table.hasCost());
        QVERIFY(!table.hasDemand());

        const QStringList lines
            = QString::fromUtf8(table.toCsv(clock)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 101);
        QCOMPARE(lines.first(), u"start,end,meter,flow,kwh,cost_usd"_qs);
        QCOMPARE(lines.at(1),
                 u"2025-11-02T00:00:00-06:00,2025-11-02T00:15:00-06:00,M1,FORWARD,0.25,0.0235"_qs);
        QCOMPARE(lines.last(),
                 u"2025-11-02T23:45:00-07:00,2025-11-03T00:00:00-07:00,M1,FORWARD,0.25,0.0235"_qs);
        // The repeated hour: its last quarter ends at the second 01:00.
        QVERIFY(lines.contains(
            u"2025-11-02T01:45:00-06:00,2025-11-02T01:00:00-07:00,M1,FORWARD,0.25,0.0235"_qs));
        QCOMPARE(lines.filter(u"2025-11-02T01:00:00-0"_qs).size(), 4); // two starts, two ends
        // Gaps are empty cells, never 0.
        QCOMPARE(lines.at(11),
                 u"2025-11-02T01:30:00-07:00,2025-11-02T01:45:00-07:00,M1,FORWARD,,0.0235"_qs);
        QVERIFY(lines.at(21).endsWith(u",0.25,"_qs));
    }

    void springForwardDay()
    {
        const WallClock clock = denver();
        UsageData data;
        data.series = { series(clock, QDate(2026, 3, 8), 60, UsageQuantity::Usage, u"M"_qs,
                               FlowDirection::Forward, [](int) { return 1.0; }) };
        const UsageTable table(data);
        QCOMPARE(table.rows().size(), 23);
        const QStringList lines
            = QString::fromUtf8(table.toCsv(clock)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.at(2),
                 u"2026-03-08T01:00:00-07:00,2026-03-08T03:00:00-06:00,M,FORWARD,1"_qs);
    }

    void joinsByMeterAndStart()
    {
        const WallClock clock = denver();
        const QDate day(2026, 6, 1);
        UsageData data;
        // Two meters; demand only on one, and starting later (its first hours missing).
        UsageSeries demand = series(clock, day, 60, UsageQuantity::Demand, u"B"_qs,
                                    FlowDirection::Forward, [](int i) { return 10.0 + i; });
        demand.startMs.erase(demand.startMs.begin(), demand.startMs.begin() + 2);
        demand.endMs.erase(demand.endMs.begin(), demand.endMs.begin() + 2);
        demand.values.erase(demand.values.begin(), demand.values.begin() + 2);
        data.series = {
            series(clock, day, 60, UsageQuantity::Usage, u"B"_qs, FlowDirection::Forward,
                   [](int i) { return double(i); }),
            series(clock, day, 60, UsageQuantity::Usage, u"A"_qs, FlowDirection::Net,
                   [](int i) { return -double(i); }),
            demand,
        };
        const UsageTable table(data);
        QCOMPARE(table.rows().size(), 48);
        QVERIFY(table.hasDemand());
        QVERIFY(!table.hasCost());
        QCOMPARE(table.columns(),
                 (QStringList { u"start"_qs, u"end"_qs, u"meter"_qs, u"flow"_qs, u"kwh"_qs,
                                u"demand_kw"_qs }));
        // Time first, then meter: A before B within an hour.
        QCOMPARE(table.rows().at(0).series->meterNumber, u"A"_qs);
        QCOMPARE(table.rows().at(1).series->meterNumber, u"B"_qs);
        QVERIFY(std::isnan(table.rows().at(1).demandKw)); // B, hour 0: no demand yet
        QVERIFY(std::isnan(table.rows().at(0).demandKw)); // A has none at all
        QCOMPARE(table.rows().at(5).demandKw, 12.0); // B, hour 2
        QCOMPARE(table.rows().at(5).kwh, 2.0);

        const QJsonObject json = table.toJson(data, clock);
        const QJsonArray rows = json.value(u"rows"_qs).toArray();
        QCOMPARE(rows.size(), 48);
        QCOMPARE(rows.at(0).toObject().value(u"flow"_qs).toString(), u"NET"_qs);
        QVERIFY(rows.at(1).toObject().value(u"demand_kw"_qs).isNull());
        QCOMPARE(rows.at(5).toObject().value(u"demand_kw"_qs).toDouble(), 12.0);
        QVERIFY(!rows.at(0).toObject().contains(u"cost_usd"_qs));
    }

    void jsonMoneyIsText()
    {
        const WallClock clock = denver();
        const QDate day(2026, 9, 1);
        UsageData data;
        data.accountNumber = u"1"_qs;
        data.locationNumber = u"2"_qs;
        data.interval = UsageInterval::Daily;
        data.fromMs = clock.startOfDay(day);
        data.toMs = clock.startOfDay(day.addDays(1));
        UsageSeries usage;
        usage.meterNumber = u"M"_qs;
        usage.quantity = UsageQuantity::Usage;
        usage.flow = FlowDirection::Unknown;
        usage.flowName = u"BIDIRECTIONAL"_qs;
        usage.startMs = { data.fromMs };
        usage.endMs = { data.toMs };
        usage.values = { 31.5 };
        UsageSeries cost = usage;
        cost.quantity = UsageQuantity::Cost;
        cost.values = { 4.1 };
        data.series = { usage, cost };

        const QJsonObject json = UsageTable(data).toJson(data, clock);
        QCOMPARE(json.value(u"interval"_qs).toString(), u"daily"_qs);
        QCOMPARE(json.value(u"timeZone"_qs).toString(), u"America/Denver"_qs);
        QCOMPARE(json.value(u"from"_qs).toString(), u"2026-09-01T00:00:00-06:00"_qs);
        const QJsonObject row = json.value(u"rows"_qs).toArray().first().toObject();
        QCOMPARE(row.value(u"cost_usd"_qs).toString(), u"4.1"_qs); // a string
        QCOMPARE(row.value(u"kwh"_qs).toDouble(), 31.5);
        QCOMPARE(row.value(u"flow"_qs).toString(), u"BIDIRECTIONAL"_qs); // kept as written
    }

    void money()
    {
        QCOMPARE(Report::moneyText(Money::fromCents(123456)), u"$1234.56"_qs);
        QCOMPARE(Report::moneyText(Money::fromCents(-50)), u"-$0.50"_qs);
        QCOMPARE(Report::moneyText(Money()), u"$0.00"_qs);
    }

    void accounts()
    {
        Account open;
        open.number = u"1000123401"_qs;
        open.customerName = u"Alex Rivera"_qs;
        ServiceLocation home;
        home.number = u"30001"_qs;
        home.description = u"Home"_qs;
        home.address = { u"4180 Aspen Ridge Rd"_qs, u"Lyons"_qs, u"CO"_qs, u"80540"_qs, {} };
        open.locations = { home };
        Account closed = open;
        closed.number = u"1000123404"_qs;
        closed.inactive = true;

        const QJsonArray json = Report::accountsJson({ open, closed });
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(u"status"_qs).toString(), u"active"_qs);
        QCOMPARE(json.at(1).toObject().value(u"status"_qs).toString(), u"closed"_qs);
        const QJsonObject address = json.at(0)
                                        .toObject()
                                        .value(u"locations"_qs)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"address"_qs)
                                        .toObject();
        QCOMPARE(address.value(u"city"_qs).toString(), u"Lyons"_qs);

        const QString text = Report::accountsText({ open, closed });
        QVERIFY(text.contains(u"1000123401  Alex Rivera  (active)"_qs));
        QVERIFY(text.contains(u"(closed)"_qs));
        QVERIFY(text.contains(u"4180 Aspen Ridge Rd, Lyons, CO 80540"_qs));
    }

    void bills()
    {
        BillSummary bill;
        bill.billDate = QDate(2026, 11, 21);
        bill.periodYear = 2026;
        bill.periodMonth = 11;
        bill.periodStart = QDate(2026, 10, 21);
        bill.periodEnd = QDate(2026, 11, 20);
        bill.kwh = 1606.6;
        bill.amount = Money::fromCents(20911);
        BillingFacts facts;
        facts.totalDue = Money::fromCents(20911);

        const QJsonObject json = Report::billsJson(u"1000123401"_qs, facts, { bill });
        const QJsonObject row = json.value(u"bills"_qs).toArray().first().toObject();
        QCOMPARE(row.value(u"date"_qs).toString(), u"2026-11-21"_qs);
        QCOMPARE(row.value(u"amount"_qs).toString(), u"209.11"_qs);
        QCOMPARE(row.value(u"periodStart"_qs).toString(), u"2026-10-21"_qs);
        QCOMPARE(json.value(u"balance"_qs).toObject().value(u"totalDue"_qs).toString(),
                 u"209.11"_qs);

        const QString text = Report::billsText(facts, { bill });
        QVERIFY(text.contains(u"Total due: $209.11"_qs));
        QVERIFY(text.contains(u"2026-11-21  2026-10-21 – 2026-11-20  1606.6  $209.11"_qs));
    }

    void payments()
    {
        const WallClock clock = denver();
        PaymentRecord p;
        p.confirmation = u"P-600001"_qs;
        p.accountNumber = u"1000123401"_qs;
        p.amount = Money::fromCents(1234);
        p.status = u"POSTED"_qs;
        p.postedMs = QDateTime(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC).toMSecsSinceEpoch();
        p.methodId = u"pm-1001"_qs;
        p.methodBrand = u"VISA"_qs;
        p.methodLast4 = u"4242"_qs;
        p.idempotencyKey = u"key-0001-abcd"_qs;
        p.balanceTotalDue = Money::fromCents(10000);

        const QJsonObject one = Report::paymentJson(p, clock);
        QCOMPARE(one.value(u"amount"_qs).toString(), u"12.34"_qs);
        QCOMPARE(one.value(u"posted"_qs).toString(), u"2026-09-10T12:00:00-06:00"_qs);
        QCOMPARE(one.value(u"balanceTotalDue"_qs).toString(), u"100.00"_qs);
        QCOMPARE(one.value(u"method"_qs).toObject().value(u"last4"_qs).toString(), u"4242"_qs);

        const QString text = Report::paymentText(p, clock);
        QVERIFY(text.contains(u"P-600001"_qs));
        QVERIFY(text.contains(u"$12.34"_qs));
        QVERIFY(text.contains(u"key-0001-abcd"_qs));

        const QString history = Report::paymentsText({ p }, clock);
        QVERIFY(history.contains(u"2026-09-10 12:00  P-600001"_qs));
        QVERIFY(history.contains(u"VISA ending 4242"_qs));
    }

    void weather()
    {
        TemperatureSeries t;
        t.daily = { { QDate(2026, 1, 1), 40.04, 20.0, 30.0 },
                    { QDate(2026, 1, 2), gap, 21.0, 31.0 },
                    { QDate(2026, 1, 3), 42.0, 22.0, 32.0 } };
        const QStringList csv
            = QString::fromUtf8(Report::weatherCsv(t, QDate(2026, 1, 1), QDate(2026, 1, 2)))
                  .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv,
                 (QStringList { u"date,high_f,low_f,mean_f"_qs, u"2026-01-01,40.0,20.0,30.0"_qs,
                                u"2026-01-02,,21.0,31.0"_qs }));
        const QJsonObject json
            = Report::weatherJson(t, denver(), QDate(2026, 1, 1), QDate(2026, 1, 3));
        QCOMPARE(json.value(u"daily"_qs).toArray().size(), 3);
        QVERIFY(json.value(u"daily"_qs).toArray().at(1).toObject().value(u"high_f"_qs).isNull());
    }

    void alignedTable()
    {
        const QString text
            = Report::table({ { u"a"_qs, u"bb"_qs }, { u"ccc"_qs, u"d"_qs } }, { false, true });
        QCOMPARE(text, u"a    bb\nccc   d\n"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
