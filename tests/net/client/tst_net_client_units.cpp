// The client engine's pure parts: the usage chunk planner (across DST), chunk merging, the
// time-zone defaults, card/bank checks, bill PDF names, weather pieces and the PENDING schedule.
#include "net/client/bills.h"
#include "net/client/paymentchecks.h"
#include "net/client/paynowapi.h"
#include "net/client/timezones.h"
#include "net/client/usagechunks.h"
#include "net/client/usagefetch.h"
#include "net/client/weathersource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {

const QTimeZone denver(QByteArrayLiteral("America/Denver"));
constexpr qint64 hourMs = 3600'000;

UsageSeries series(const QString &id, UsageQuantity quantity, std::vector<qint64> starts,
                   qint64 lengthMs, std::vector<double> values, QStringList labels = {})
{
    UsageSeries s;
    s.seriesId = id;
    s.meterNumber = id;
    s.quantity = quantity;
    s.startMs = starts;
    for (qint64 start : starts)
        s.endMs.push_back(start + lengthMs);
    s.values = std::move(values);
    s.labels = std::move(labels);
    return s;
}

UsageData chunk(QList<UsageSeries> list)
{
    UsageData data;
    data.accountNumber = QStringLiteral("1000123401");
    data.locationNumber = QStringLiteral("30001");
    data.series = std::move(list);
    return data;
}

} // namespace

class TestNetClientUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkLimits()
    {
        QCOMPARE(maxChunkDays(UsageInterval::Native, QDate(2026, 1, 1)), 30);
        QCOMPARE(maxChunkDays(UsageInterval::Daily, QDate(2026, 1, 1)), 90);
        QCOMPARE(maxChunkDays(UsageInterval::Monthly, QDate(2021, 1, 1)), 1826);
        QCOMPARE(maxChunkDays(UsageInterval::Monthly, QDate(2020, 1, 1)), 1827);
    }

    void chunksTileTheRange_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("chunks");
        QTest::newRow("native 60 days over fall-back")
            << int(UsageInterval::Native) << QDate(2026, 9, 20) << QDate(2026, 11, 18) << 2;
        QTest::newRow("native one day")
            << int(UsageInterval::Native) << QDate(2026, 3, 8) << QDate(2026, 3, 8) << 1;
        QTest::newRow("native 31 days")
            << int(UsageInterval::Native) << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 2;
        QTest::newRow("daily two years over both DST days")
            << int(UsageInterval::Daily) << QDate(2024, 11, 22) << QDate(2026, 11, 21) << 9;
        QTest::newRow("daily exactly 90")
            << int(UsageInterval::Daily) << QDate(2026, 1, 1) << QDate(2026, 3, 31) << 1;
        QTest::newRow("monthly seven years")
            << int(UsageInterval::Monthly) << QDate(2019, 6, 10) << QDate(2026, 11, 21) << 2;
    }

    void chunksTileTheRange()
    {
        QFETCH(int, interval);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, chunks);
        const WallClock clock(denver);
        const auto kind = UsageInterval(interval);
        const QList<UsageChunk> plan = planUsageChunks(clock, kind, from, to);
        QCOMPARE(plan.size(), chunks);
        QCOMPARE(plan.front().firstDay, from);
        QCOMPARE(plan.back().lastDay, to);
        QCOMPARE(plan.front().fromMs, clock.startOfDay(from));
        QCOMPARE(plan.back().toMs, clock.startOfDay(to.addDays(1)));
        for (qsizetype i = 0; i < plan.size(); ++i) {
            const UsageChunk &c = plan.at(i);
            QVERIFY(c.firstDay <= c.lastDay);
            QVERIFY(c.firstDay.daysTo(c.lastDay) + 1 <= maxChunkDays(kind, c.firstDay));
            QCOMPARE(c.fromMs, clock.startOfDay(c.firstDay));
            QCOMPARE(c.toMs, clock.startOfDay(c.lastDay.addDays(1)));
            // Real length = the sum of the local days' real lengths (23 h / 25 h on DST days).
            qint64 minutes = 0;
            for (QDate d = c.firstDay; d <= c.lastDay; d = d.addDays(1))
                minutes += clock.minutesInDay(d);
            QCOMPARE(c.toMs - c.fromMs, minutes * 60'000);
            if (i > 0) {
                QCOMPARE(c.firstDay, plan.at(i - 1).lastDay.addDays(1));
                QCOMPARE(c.fromMs, plan.at(i - 1).toMs);
            }
        }
    }

    void chunkEdgesAreLocalMidnightsAcrossDst()
    {
        const WallClock clock(denver);
        // A 30-day native chunk containing the spring-forward day is 1 h short of 30 * 24 h;
        // one containing the fall-back day is 1 h long.
        const auto spring
            = planUsageChunks(clock, UsageInterval::Native, QDate(2026, 3, 1), QDate(2026, 3, 30));
        QCOMPARE(spring.size(), 1);
        QCOMPARE(spring.front().toMs - spring.front().fromMs, (30 * 24 - 1) * hourMs);
        const auto fall = planUsageChunks(clock, UsageInterval::Native, QDate(2026, 10, 15),
                                          QDate(2026, 11, 13));
        QCOMPARE(fall.size(), 1);
        QCOMPARE(fall.front().toMs - fall.front().fromMs, (30 * 24 + 1) * hourMs);
        // Local midnight MDT is 06:00Z, MST 07:00Z.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(fall.front().fromMs, Qt::UTC).time(), QTime(6, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(fall.front().toMs, Qt::UTC).time(), QTime(7, 0));
    }

    void emptyOrInvalidRangesPlanNothing()
    {
        const WallClock clock(denver);
        QVERIFY(planUsageChunks(clock, UsageInterval::Daily, QDate(2026, 2, 2), QDate(2026, 2, 1))
                    .isEmpty());
        QVERIFY(planUsageChunks(clock, UsageInterval::Daily, QDate(), QDate(2026, 2, 1)).isEmpty());
    }

    void mergeKeepsBoundaryPointsOnce()
    {
        const qint64 t0 = 1'780'000'000'000;
        const auto a = chunk(
            { series(u"M1"_qs, UsageQuantity::Usage, { t0, t0 + hourMs }, hourMs, { 1, 2 }),
              series(u"M1"_qs, UsageQuantity::Cost, { t0, t0 + hourMs }, hourMs, { 0.1, 0.2 }) });
        // The second chunk repeats the boundary point and starts its COST series one later.
        const auto b = chunk(
            { series(u"M1"_qs, UsageQuantity::Usage,
                     { t0 + hourMs, t0 + 2 * hourMs, t0 + 3 * hourMs }, hourMs, { 2, 3, 4 }),
              series(u"M1"_qs, UsageQuantity::Cost, { t0 + 2 * hourMs }, hourMs, { 0.3 }),
              series(u"M2"_qs, UsageQuantity::Usage, { t0 + 2 * hourMs }, hourMs, { 9 }) });
        const UsageData merged = mergeUsageChunks({ a, b });
        QCOMPARE(merged.series.size(), 3);
        const UsageSeries *usage = merged.find(u"M1"_qs, UsageQuantity::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->startMs,
                 (std::vector<qint64> { t0, t0 + hourMs, t0 + 2 * hourMs, t0 + 3 * hourMs }));
        QCOMPARE(usage->values, (std::vector<double> { 1, 2, 3, 4 }));
        const UsageSeries *cost = merged.find(u"M1"_qs, UsageQuantity::Cost);
        QVERIFY(cost);
        QCOMPARE(cost->size(), 3);
        QCOMPARE(merged.series.at(2).seriesId, u"M2"_qs);
        QCOMPARE(merged.accountNumber, u"1000123401"_qs);
    }

    void mergeDropsOverlapAndFillsGaps()
    {
        const qint64 t0 = 1'780'000'000'000;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto a = chunk(
            { series(u"M1"_qs, UsageQuantity::Usage, { t0, t0 + hourMs }, hourMs, { 1, nan }) });
        const auto b
            = chunk({ series(u"M1"_qs, UsageQuantity::Usage,
                             { t0 - hourMs, t0 + hourMs, t0 + 2 * hourMs }, hourMs, { 7, 5, 6 }) });
        const UsageData merged = mergeUsageChunks({ a, b });
        const UsageSeries &s = merged.series.front();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.startMs.front(), t0);
        QCOMPARE(s.values[1], 5.0); // the gap filled by the later chunk's value
        QCOMPARE(s.values[2], 6.0);
    }

    void mergeMonthlyStraddlingAndOpenPeriod()
    {
        const WallClock clock(denver);
        const qint64 p1 = clock.startOfDay(QDate(2021, 5, 21));
        const qint64 p2 = clock.startOfDay(QDate(2021, 6, 21));
        const qint64 p3 = clock.startOfDay(QDate(2021, 7, 21));
        const qint64 openEndA = clock.startOfDay(QDate(2021, 8, 1));
        const qint64 openEndB = clock.startOfDay(QDate(2021, 8, 10));
        UsageSeries a = series(u"M1"_qs, UsageQuantity::Usage, { p1, p2, p3 }, 0, { 10, 20, 5 },
                               { u"Jun 2021"_qs, u"Jul 2021"_qs, u"Dec 9999"_qs });
        a.endMs = { p2, p3, openEndA };
        // The next chunk sees the period straddling its start again, and the open one longer.
        UsageSeries b = series(u"M1"_qs, UsageQuantity::Usage, { p2, p3 }, 0, { 20, 8 },
                               { u"Jul 2021"_qs, u"Dec 9999"_qs });
        b.endMs = { p3, openEndB };
        const UsageData merged = mergeUsageChunks({ chunk({ a }), chunk({ b }) });
        const UsageSeries &s = merged.series.front();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.labels, (QStringList { u"Jun 2021"_qs, u"Jul 2021"_qs, u"Dec 9999"_qs }));
        QCOMPARE(s.startMs, (std::vector<qint64> { p1, p2, p3 }));
        QCOMPARE(s.endMs.back(), openEndB);
        QCOMPARE(s.labels.count(u"Dec 9999"_qs), 1);
    }

    void timeZoneDefaults_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("CO") << u"CO"_qs << QByteArray("America/Denver");
        QTest::newRow("GA") << u"GA"_qs << QByteArray("America/New_York");
        QTest::newRow("TX") << u"TX"_qs << QByteArray("America/Chicago");
        QTest::newRow("AZ") << u"AZ"_qs << QByteArray("America/Phoenix");
        QTest::newRow("FL (two zones)") << u"FL"_qs << QByteArray("America/New_York");
        QTest::newRow("lower case, spaces") << u" va "_qs << QByteArray("America/New_York");
        QTest::newRow("HI") << u"HI"_qs << QByteArray("Pacific/Honolulu");
        QTest::newRow("unknown") << u"ZZ"_qs << QByteArray();
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void timeZoneDefaults()
    {
        QFETCH(QString, state);
        QFETCH(QByteArray, zone);
        const QTimeZone tz = defaultTimeZoneForState(state);
        QCOMPARE(tz.isValid(), !zone.isEmpty());
        if (tz.isValid())
            QCOMPARE(tz.id(), zone);
    }

    void everyStateHasAValidZone()
    {
        const QStringList states
            = u"AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"_qs
                  .split(u' ');
        QCOMPARE(states.size(), 52);
        for (const QString &state : states)
            QVERIFY2(defaultTimeZoneForState(state).isValid(), qPrintable(state));
    }

    void luhn_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa test") << u"4242 4242 4242 4242"_qs << true;
        QTest::newRow("dashes") << u"4111-1111-1111-1111"_qs << true;
        QTest::newRow("amex") << u"378282246310005"_qs << true;
        QTest::newRow("one digit off") << u"4242 4242 4242 4241"_qs << false;
        QTest::newRow("too short") << u"42424242424"_qs << false;
        QTest::newRow("letters") << u"4242 4242 4242 424a"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }

    void luhn()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(luhnValid(number), valid);
    }

    void abaRouting_data()
    {
        QTest::addColumn<QString>("routing");
        QTest::addColumn<bool>("valid");
        QTest::newRow("chase") << u"021000021"_qs << true;
        QTest::newRow("wells") << u"121000248"_qs << true;
        QTest::newRow("checksum off") << u"021000022"_qs << false;
        QTest::newRow("eight digits") << u"02100002"_qs << false;
        QTest::newRow("zeros") << u"000000000"_qs << false;
        QTest::newRow("dash") << u"0210-00021"_qs << false;
    }

    void abaRouting()
    {
        QFETCH(QString, routing);
        QFETCH(bool, valid);
        QCOMPARE(abaRoutingValid(routing), valid);
    }

    void cardExpiryAndKeys()
    {
        const QDate today(2026, 11, 22);
        QVERIFY(cardExpiryValid(u"11/26", today));
        QVERIFY(cardExpiryValid(u"01/2030", today));
        QVERIFY(!cardExpiryValid(u"10/26", today));
        QVERIFY(!cardExpiryValid(u"13/30", today));
        QVERIFY(!cardExpiryValid(u"1/30", today));
        QVERIFY(idempotencyKeyValid(newIdempotencyKey()));
        QVERIFY(newIdempotencyKey() != newIdempotencyKey());
        QVERIFY(!idempotencyKeyValid(u"short"));
        QVERIFY(!idempotencyKeyValid(u"has a space in it"));
    }

    void guestPaymentChecks()
    {
        const QDate today(2026, 11, 22);
        GuestPayment card;
        card.accountNumber = u"1000123401"_qs;
        card.name = u"Rivera"_qs;
        card.amount = Money::fromCents(2000);
        card.method
            = CardDetails { u"4242 4242 4242 4242"_qs, u"12/30"_qs, u"123"_qs, u"80540"_qs };
        QVERIFY(!PayNowApi::problemWith(card, today));

        GuestPayment badCard = card;
        std::get<CardDetails>(badCard.method).number = u"4242 4242 4242 4241"_qs;
        const auto luhnProblem = PayNowApi::problemWith(badCard, today);
        QVERIFY(luhnProblem);
        QCOMPARE(luhnProblem->code, u"CARD_NUMBER_INVALID"_qs);
        QVERIFY(!luhnProblem->message.isEmpty());
        QVERIFY(!luhnProblem->message.contains(u"4241"));

        GuestPayment amexShortCvv = card;
        amexShortCvv.method
            = CardDetails { u"378282246310005"_qs, u"12/30"_qs, u"123"_qs, u"80540"_qs };
        QCOMPARE(PayNowApi::problemWith(amexShortCvv, today)->code, u"CARD_CVV_INVALID"_qs);

        GuestPayment bank = card;
        bank.method = BankDetails { u"021000021"_qs, u"000123456789"_qs, u"CHECKING"_qs };
        QVERIFY(!PayNowApi::problemWith(bank, today));
        std::get<BankDetails>(bank.method).routingNumber = u"021000022"_qs;
        QCOMPARE(PayNowApi::problemWith(bank, today)->code, u"ROUTING_NUMBER_INVALID"_qs);

        bank.wipe();
        QVERIFY(std::get<BankDetails>(bank.method).routingNumber.isEmpty());
        QVERIFY(std::get<BankDetails>(bank.method).accountNumber.isEmpty());
    }

    void billPdfNames()
    {
        const WallClock clock(denver);
        BillSummary bill;
        bill.accountNumber = u"1000123401"_qs;
        bill.billingDateMs = clock.startOfDay(QDate(2026, 3, 5));
        // No local date given: taken from the instant in the co-op's zone, zero-padded.
        QCOMPARE(billPdfFileName(bill, clock), u"2026_03_05_1000123401.pdf"_qs);
        bill.billDate = QDate(2026, 3, 5);
        const PortalRequest request = billPdfRequest(bill, clock);
        QCOMPARE(request.path, u"/services/secured/billPdfService/2026_03_05_1000123401.pdf"_qs);
        QCOMPARE(request.query.queryItemValue(u"timestamp"_qs),
                 QString::number(bill.billingDateMs));
        QCOMPARE(request.query.queryItemValue(u"systemOfRecord"_qs), u"UTILITY"_qs);
        QVERIFY(!request.expectJson);

        QVERIFY(whyNotBillPdf(QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x')) == std::nullopt);
        QVERIFY(whyNotBillPdf(QByteArray("%PDF-1.4\n") + QByteArray(100, 'x')));
        QVERIFY(whyNotBillPdf(QByteArray("<html>") + QByteArray(2000, 'x')));
        QVERIFY(whyNotBillPdf(QByteArray("%PDF") + QByteArray(12 * 1024 * 1024, 'x')));
    }

    void pendingScheduleAddsUpToAMinute()
    {
        QCOMPARE(UsageFetch::pendingDelayMs(0), 2000);
        QCOMPARE(UsageFetch::pendingDelayMs(1), 3000);
        QCOMPARE(UsageFetch::pendingDelayMs(2), 5000);
        QCOMPARE(UsageFetch::pendingDelayMs(3), 5000);
        QCOMPARE(UsageFetch::pendingDelayMs(20), 5000);
        int total = 0;
        int waits = 0;
        while (total < 60'000)
            total += UsageFetch::pendingDelayMs(waits++);
        QCOMPARE(total, 60'000);
        QCOMPARE(waits, 13); // 2 + 3 + 5, then ten of 5 s
    }

    void pollBodyIsTheWebAppsBody()
    {
        const WallClock clock(denver);
        UsageRequest request;
        request.accountNumber = u"1000123402"_qs;
        request.locationNumber = u"30002"_qs;
        request.interval = UsageInterval::Native;
        const auto plan
            = planUsageChunks(clock, request.interval, QDate(2026, 9, 1), QDate(2026, 9, 2));
        const QJsonObject body
            = QJsonDocument::fromJson(
                  UsageFetch::pollBody(request, u"demo@mountainvalley.coop"_qs, plan.front()))
                  .object();
        QCOMPARE(body.value(u"timeFrame").toString(), u"HOURLY"_qs);
        QCOMPARE(body.value(u"userId").toString(), u"demo@mountainvalley.coop"_qs);
        QCOMPARE(body.value(u"screen").toString(), u"USAGE_EXPLORER"_qs);
        QCOMPARE(body.value(u"includeDemand").toBool(), true);
        QCOMPARE(body.value(u"serviceLocationNumber").toString(), u"30002"_qs);
        QCOMPARE(body.value(u"accountNumber").toString(), u"1000123402"_qs);
        QCOMPARE(body.value(u"industries").toArray(), QJsonArray { u"ELECTRIC"_qs });
        QCOMPARE(qint64(body.value(u"startDateTime").toDouble()),
                 clock.startOfDay(QDate(2026, 9, 1)));
        QCOMPARE(qint64(body.value(u"endDateTime").toDouble()),
                 clock.startOfDay(QDate(2026, 9, 3)));
    }

    void weatherPieces()
    {
        const auto pieces = splitByYear(QDate(2024, 12, 20), QDate(2026, 1, 3));
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces.at(0), qMakePair(QDate(2024, 12, 20), QDate(2024, 12, 31)));
        QCOMPARE(pieces.at(1), qMakePair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        QCOMPARE(pieces.at(2), qMakePair(QDate(2026, 1, 1), QDate(2026, 1, 3)));
        QVERIFY(splitByYear(QDate(2026, 1, 2), QDate(2026, 1, 1)).isEmpty());

        TemperatureSeries a;
        a.daily = { { QDate(2024, 12, 30), 40, 20, 30 }, { QDate(2024, 12, 31), 41, 21, 31 } };
        a.hourStartMs = { 1000, 2000 };
        a.hourlyF = { 1, 2 };
        TemperatureSeries b;
        b.daily = { { QDate(2024, 12, 31), 41, 21, 31 }, { QDate(2025, 1, 1), 42, 22, 32 } };
        b.hourStartMs = { 2000, 3000 };
        b.hourlyF = { 2, 3 };
        const TemperatureSeries merged = mergeTemperatures({ a, b });
        QCOMPARE(merged.daily.size(), size_t(3));
        QCOMPARE(merged.daily.back().day, QDate(2025, 1, 1));
        QCOMPARE(merged.hourStartMs, (std::vector<qint64> { 1000, 2000, 3000 }));
    }
};

QTEST_GUILESS_MAIN(TestNetClientUnits)
#include "tst_net_client_units.moc"
