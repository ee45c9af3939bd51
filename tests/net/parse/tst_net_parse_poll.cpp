// The usage poll parser: the captured fixtures, then every shape the simulator answers with
// (native 15/60-minute data across both DST days, DAILY, MONTHLY, TOU, COST, DEMAND, net
// metering), gaps, unknown flow directions, and bytes that are not a poll answer.
#include "net/parse/parsers.h"
#include "parsetesting.h"

#include <QTest>

#include <cmath>

using namespace parsetesting;
using namespace coopdesk;
using namespace coopdesk::net::parse;

namespace {

constexpr qint64 hourMs = 3600LL * 1000;

const UsageSeries *series(const UsageData &d, UsageQuantity q, const QString &seriesId)
{
    return d.find(seriesId, q);
}

QList<const UsageSeries *> ofQuantity(const UsageData &d, UsageQuantity q)
{
    QList<const UsageSeries *> out;
    for (const UsageSeries &s : d.series) {
        if (s.quantity == q)
            out.append(&s);
    }
    return out;
}

// Starts ascend strictly and every interval ends where the next starts.
bool contiguous(const UsageSeries &s, QString *why)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.endMs[size_t(i)] <= s.startMs[size_t(i)]) {
            *why = u"empty interval at "_qs + QString::number(i);
            return false;
        }
        if (i + 1 < s.size() && s.endMs[size_t(i)] != s.startMs[size_t(i + 1)]) {
            *why = u"gap or overlap after "_qs + QString::number(i);
            return false;
        }
    }
    return true;
}

QByteArray replaceAll(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    return bytes.replace(from, to);
}

} // namespace

class TestNetParsePoll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::World> world = makeWorld();
    const WallClock &denver = world->wallClock();

    PollAnswer parsed(const QByteArray &json, UsageInterval interval)
    {
        const Parsed<PollAnswer> p = poll(json, denver, interval);
        if (!p.ok())
            qWarning("%s", qPrintable(p.error));
        return p.value.value_or(PollAnswer {});
    }

private Q_SLOTS:
    void fixtureDaily()
    {
        const WallClock newYork(QTimeZone("America/New_York"));
        const Parsed<PollAnswer> p
            = poll(fixture("poll_daily.json"), newYork, UsageInterval::Daily);
        QVERIFY2(p.ok(), qPrintable(p.error));
        const UsageData &d = p.value->data;
        QCOMPARE(p.value->status, PollStatus::Complete);
        QCOMPARE(p.value->rawStatus, u"COMPLETE"_qs);
        QCOMPARE(d.accountNumber, u"900000001"_qs);
        QCOMPARE(d.locationNumber, u"70001"_qs);
        QCOMPARE(d.fromMs, qint64(1788235200000)); // baseUsageParameters: real instants
        QCOMPARE(d.toMs, qint64(1788494400000));
        QCOMPARE(d.series.size(), 4);

        const UsageSeries *usage = series(d, UsageQuantity::Usage, u"1N0000000001"_qs);
        QVERIFY(usage);
        QCOMPARE(usage->meterNumber, u"1N0000000001"_qs);
        QCOMPARE(usage->unit, u"KWH"_qs);
        QCOMPARE(usage->size(), 3);
        const std::vector<double> expected { 47.06, 53.44, 57.04 };
        QCOMPARE(usage->values, expected);
        for (int i = 0; i < 3; ++i) {
            const QDate day = QDate(2026, 9, 1).addDays(i);
            QCOMPARE(usage->startMs[size_t(i)], newYork.startOfDay(day));
            QCOMPARE(usage->endMs[size_t(i)], newYork.startOfDay(day.addDays(1)));
        }
        QCOMPARE(usage->startMs.front(), qint64(1788235200000)); // 2026-09-01T04:00Z
        // The capture scrubbed flowDirection: kept, as consumption, never dropped.
        QCOMPARE(usage->flow, FlowDirection::Unknown);
        QCOMPARE(usage->flowName, u"scrubbed"_qs);
        QVERIFY(usage->isConsumption());

        const QList<const UsageSeries *> tou = ofQuantity(d, UsageQuantity::TimeOfUse);
        QCOMPARE(tou.size(), 3);
        QStringList periods;
        for (const UsageSeries *s : tou) {
            periods << s->touPeriod;
            QCOMPARE(s->meterNumber, u"1N0000000001"_qs);
            QCOMPARE(s->seriesId, u"1N0000000001 - "_qs + s->touPeriod);
            QCOMPARE(s->startMs, usage->startMs);
            QCOMPARE(s->endMs, usage->endMs);
        }
        periods.sort();
        QCOMPARE(periods, (QStringList { u"Off Peak"_qs, u"On Peak"_qs, u"Super Off Pk"_qs }));
        for (size_t i = 0; i < 3; ++i) {
            double sum = 0;
            for (const UsageSeries *s : tou)
                sum += s->values[i];
            QVERIFY2(std::abs(sum - usage->values[i]) <= 0.02, qPrintable(QString::number(sum)));
        }
    }

    void fixturePending()
    {
        const Parsed<PollAnswer> p
            = poll(fixture("poll_pending.json"), denver, UsageInterval::Daily);
        QVERIFY(p.ok());
        QCOMPARE(p.value->status, PollStatus::Pending);
        QVERIFY(p.value->data.series.isEmpty());
    }

    void statuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<PollStatus>("status");
        QTest::newRow("failed") << QByteArray(R"({"status":"FAILED"})") << PollStatus::Failed;
        QTest::newRow("other") << QByteArray(R"({"status":"QUEUED","data":null})")
                               << PollStatus::Other;
        QTest::newRow("pending, key order")
            << QByteArray(R"({"data":{},"status":"PENDING"})") << PollStatus::Pending;
        QTest::newRow("complete, no entries")
            << QByteArray(R"({"data":{"ELECTRIC":[]},"status":"COMPLETE"})")
            << PollStatus::Complete;
    }

    void statuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(PollStatus, status);
        const Parsed<PollAnswer> p = poll(json, denver, UsageInterval::Daily);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->status, status);
        QVERIFY(p.value->data.series.isEmpty());
    }

    // A TIME_OF_USE entry without the USAGE entry (gagata#58): fine, no crash.
    void missingUsageEntry()
    {
        QByteArray json = fixture("poll_daily.json");
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        QJsonArray entries = doc.value(u"data").toObject().value(u"ELECTRIC").toArray();
        entries.removeAt(0);
        const QJsonObject trimmed { { u"status"_qs, u"COMPLETE"_qs },
                                    { u"data"_qs, QJsonObject { { u"ELECTRIC"_qs, entries } } } };
        const WallClock newYork(QTimeZone("America/New_York"));
        const Parsed<PollAnswer> p
            = poll(QJsonDocument(trimmed).toJson(), newYork, UsageInterval::Daily);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY(ofQuantity(p.value->data, UsageQuantity::Usage).isEmpty());
        QCOMPARE(ofQuantity(p.value->data, UsageQuantity::TimeOfUse).size(), 3);
    }

    // 15-minute (demo home) and 60-minute (farm) native data across both DST days: distinct,
    // strictly increasing real instants, exactly the World's intervals.
    void nativeAcrossDst_data()
    {
        QTest::addColumn<QByteArray>("accountNumber");
        QTest::addColumn<QByteArray>("locationNumber");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("minutes");
        QTest::newRow("15 min, spring forward")
            << QByteArray("1000123401") << QByteArray("30001") << QDate(2026, 3, 8) << 92 << 15;
        QTest::newRow("15 min, fall back")
            << QByteArray("1000123401") << QByteArray("30001") << QDate(2026, 11, 1) << 100 << 15;
        QTest::newRow("15 min, plain day")
            << QByteArray("1000123401") << QByteArray("30001") << QDate(2026, 7, 14) << 96 << 15;
        QTest::newRow("60 min, spring forward")
            << QByteArray("1000123402") << QByteArray("30002") << QDate(2026, 3, 8) << 23 << 60;
        QTest::newRow("60 min, fall back")
            << QByteArray("1000123402") << QByteArray("30002") << QDate(2026, 11, 1) << 25 << 60;
    }

    void nativeAcrossDst()
    {
        QFETCH(QByteArray, accountNumber);
        QFETCH(QByteArray, locationNumber);
        QFETCH(QDate, day);
        QFETCH(int, count);
        QFETCH(int, minutes);
        const QByteArray json = usageAnswer(*world, accountNumber.constData(),
                                            locationNumber.constData(), "HOURLY", day, day, true);
        const PollAnswer a = parsed(json, UsageInterval::Native);
        QCOMPARE(a.status, PollStatus::Complete);
        const sim::ServiceLocation &l = location(*world, locationNumber.constData());
        const sim::Meter &m = l.meters.first();
        const UsageSeries *usage = series(a.data, UsageQuantity::Usage, m.number);
        QVERIFY(usage);
        QCOMPARE(usage->size(), count);
        QString why;
        QVERIFY2(contiguous(*usage, &why), qPrintable(why));
        QCOMPARE(usage->startMs.front(), denver.startOfDay(day));
        QCOMPARE(usage->endMs.back(), denver.startOfDay(day.addDays(1)));
        QCOMPARE(usage->endMs.front() - usage->startMs.front(), qint64(minutes) * 60000);

        const sim::IntervalSeries truth
            = world->usage(l, m, denver.startOfDay(day), denver.startOfDay(day.addDays(1)));
        QCOMPARE(usage->startMs, truth.startMs);
        for (size_t i = 0; i < truth.kwh.size(); ++i)
            QVERIFY(std::abs(usage->values[i] - truth.kwh[i]) < 0.0006);
        QCOMPARE(usage->flow, FlowDirection::Forward);
        QCOMPARE(a.data.fromMs, denver.startOfDay(day));
        QCOMPARE(a.data.toMs, denver.startOfDay(day.addDays(1)));
    }

    // Over a range with two fall-back days (and two spring-forward days) every instant is still
    // the World's own: the repeated-hour rule starts afresh after each one.
    void nativeTwoYears()
    {
        const QDate first(2024, 10, 1), last(2026, 11, 10);
        const PollAnswer a
            = parsed(usageAnswer(*world, "1000123402", "30002", "HOURLY", first, last),
                     UsageInterval::Native);
        const sim::ServiceLocation &l = location(*world, "30002");
        const UsageSeries *usage = series(a.data, UsageQuantity::Usage, l.meters.first().number);
        QVERIFY(usage);
        const sim::IntervalSeries truth = world->usage(
            l, l.meters.first(), denver.startOfDay(first), denver.startOfDay(last.addDays(1)));
        QCOMPARE(usage->startMs, truth.startMs);
        QString why;
        QVERIFY2(contiguous(*usage, &why), qPrintable(why));
    }

    // The demo home's TOU rate: every native interval lies in exactly one period series, with
    // the USAGE value, also through the repeated hour; COST in USD beside it.
    void nativeTimeOfUseAndCost()
    {
        const QDate day(2026, 11, 1);
        const PollAnswer a = parsed(usageAnswer(*world, "1000123401", "30001", "HOURLY", day, day),
                                    UsageInterval::Native);
        const UsageSeries *usage = series(a.data, UsageQuantity::Usage, u"MV15A00417"_qs);
        QVERIFY(usage);
        const QList<const UsageSeries *> tou = ofQuantity(a.data, UsageQuantity::TimeOfUse);
        QCOMPARE(tou.size(), 3);
        QHash<qint64, double> byStart;
        for (const UsageSeries *s : tou) {
            QVERIFY(!s->touPeriod.isEmpty());
            QCOMPARE(s->flow, FlowDirection::Forward);
            for (qsizetype i = 0; i < s->size(); ++i) {
                QVERIFY(!byStart.contains(s->startMs[size_t(i)]));
                byStart.insert(s->startMs[size_t(i)], s->values[size_t(i)]);
                QCOMPARE(s->endMs[size_t(i)] - s->startMs[size_t(i)], 15 * 60000LL);
            }
        }
        QCOMPARE(byStart.size(), usage->size());
        for (qsizetype i = 0; i < usage->size(); ++i)
            QCOMPARE(byStart.value(usage->startMs[size_t(i)]), usage->values[size_t(i)]);

        const QList<const UsageSeries *> cost = ofQuantity(a.data, UsageQuantity::Cost);
        QCOMPARE(cost.size(), 1);
        QCOMPARE(cost.first()->unit, u"USD"_qs);
        QCOMPARE(cost.first()->startMs, usage->startMs);
        QVERIFY(ofQuantity(a.data, UsageQuantity::Demand).isEmpty()); // RTOU has no demand
    }

    void demandWithoutCost()
    {
        const QDate first(2026, 10, 1), last(2026, 10, 3);
        const PollAnswer a
            = parsed(usageAnswer(*world, "1000123402", "30002", "DAILY", first, last, true),
                     UsageInterval::Daily);
        const QList<const UsageSeries *> demand = ofQuantity(a.data, UsageQuantity::Demand);
        QCOMPARE(demand.size(), 1);
        QCOMPARE(demand.first()->unit, u"KW"_qs);
        QCOMPARE(demand.first()->size(), 3);
        QVERIFY(demand.first()->values.front() > 0);
        QVERIFY(ofQuantity(a.data, UsageQuantity::Cost).isEmpty()); // SGSD publishes no cost
    }

    void dailyDstDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("spring forward") << QDate(2026, 3, 8) << 23;
        QTest::newRow("fall back") << QDate(2026, 11, 1) << 25;
        QTest::newRow("plain") << QDate(2026, 6, 1) << 24;
    }

    void dailyDstDays()
    {
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const PollAnswer a = parsed(
            usageAnswer(*world, "1000123401", "30001", "DAILY", day.addDays(-1), day.addDays(1)),
            UsageInterval::Daily);
        const UsageSeries *usage = series(a.data, UsageQuantity::Usage, u"MV15A00417"_qs);
        QVERIFY(usage);
        QCOMPARE(usage->size(), 3);
        QString why;
        QVERIFY2(contiguous(*usage, &why), qPrintable(why));
        QCOMPARE(usage->startMs[1], denver.startOfDay(day));
        QCOMPARE(usage->endMs[1] - usage->startMs[1], hours * hourMs);
        const sim::ServiceLocation &l = location(*world, "30001");
        const sim::IntervalSeries truth
            = world->usage(l, l.meters.first(), usage->startMs[1], usage->endMs[1]);
        double sum = 0;
        for (double v : truth.kwh)
            sum += v;
        QVERIFY(std::abs(sum - usage->values[1]) < 0.0051);
        for (const UsageSeries *s : ofQuantity(a.data, UsageQuantity::TimeOfUse))
            QCOMPARE(s->endMs, usage->endMs);
    }

    // MONTHLY: billing-period labels, each period ending where the next starts, and the open
    // period "Dec 9999" ending at the request's end.
    void monthlyPeriods()
    {
        const QDate first(2025, 11, 1), last(2026, 11, 14);
        const QByteArray json = usageAnswer(*world, "1000123401", "30001", "MONTHLY", first, last);
        const PollAnswer a = parsed(json, UsageInterval::Monthly);
        const UsageSeries *usage = series(a.data, UsageQuantity::Usage, u"MV15A00417"_qs);
        QVERIFY(usage);
        QVERIFY(usage->size() >= 12);
        QCOMPARE(usage->labels.size(), usage->size());
        QString why;
        QVERIFY2(contiguous(*usage, &why), qPrintable(why));
        QCOMPARE(usage->labels.last(), u"Dec 9999"_qs);
        QCOMPARE(usage->endMs.back(), denver.startOfDay(last.addDays(1)));
        QCOMPARE(a.data.toMs, denver.startOfDay(last.addDays(1)));
        const QList<sim::Bill> bills = world->bills(account(*world, "1000123401"));
        for (qsizetype i = 0; i + 1 < usage->size(); ++i) {
            QVERIFY2(QDate::fromString(usage->labels.at(i), u"MMM yyyy"_qs).isValid(),
                     qPrintable(usage->labels.at(i)));
            // A closed period runs from local midnight of its first day to the bill date.
            const QDate start = denver.localDate(usage->startMs[size_t(i)]);
            const auto bill = std::find_if(bills.begin(), bills.end(), [&](const sim::Bill &b) {
                return b.periodStart == start;
            });
            QVERIFY(bill != bills.end());
            QCOMPARE(usage->endMs[size_t(i)], denver.startOfDay(bill->billDate));
        }
        // Without the range given or echoed, the open period still ends at the request's end
        // (the USAGE entry's endDateTime).
        const Parsed<PollAnswer> explicitRange
            = poll(json, denver, UsageInterval::Monthly, 0, denver.startOfDay(QDate(2026, 11, 10)));
        QVERIFY(explicitRange.ok());
        QCOMPARE(explicitRange.value->data.series.first().endMs.back(),
                 denver.startOfDay(QDate(2026, 11, 10)));
    }

    void netMetering_data()
    {
        QTest::addColumn<QByteArray>("accountNumber");
        QTest::addColumn<QByteArray>("locationNumber");
        QTest::addColumn<FlowDirection>("consumption");
        QTest::addColumn<FlowDirection>("generation");
        QTest::newRow("solar house: NET + RETURN")
            << QByteArray("1000123403") << QByteArray("30003") << FlowDirection::Net
            << FlowDirection::Return;
        QTest::newRow("cottage: TOTAL + REVERSE") << QByteArray("1000200401") << QByteArray("30403")
                                                  << FlowDirection::Total << FlowDirection::Reverse;
    }

    void netMetering()
    {
        QFETCH(QByteArray, accountNumber);
        QFETCH(QByteArray, locationNumber);
        QFETCH(FlowDirection, consumption);
        QFETCH(FlowDirection, generation);
        const QDate day(2026, 6, 21);
        const PollAnswer a = parsed(usageAnswer(*world, accountNumber.constData(),
                                                locationNumber.constData(), "HOURLY", day, day),
                                    UsageInterval::Native);
        const sim::ServiceLocation &l = location(*world, locationNumber.constData());
        QCOMPARE(l.meters.size(), 2);
        const QList<const UsageSeries *> usage = ofQuantity(a.data, UsageQuantity::Usage);
        QCOMPARE(usage.size(), 2);
        const UsageSeries *in = series(a.data, UsageQuantity::Usage, l.meters.at(0).number);
        const UsageSeries *out = series(a.data, UsageQuantity::Usage, l.meters.at(1).number);
        QVERIFY(in && out);
        QCOMPARE(in->flow, consumption);
        QCOMPARE(out->flow, generation);
        QVERIFY(in->isConsumption());
        QVERIFY(!out->isConsumption());
        double exported = 0;
        for (double v : out->values)
            exported += v;
        QVERIFY(exported > 1.0); // a June day exports
        const sim::IntervalSeries truth = world->usage(l, l.meters.at(0), denver.startOfDay(day),
                                                       denver.startOfDay(day.addDays(1)));
        QCOMPARE(in->startMs, truth.startMs);
        // COST only for the consumption meter.
        const QList<const UsageSeries *> cost = ofQuantity(a.data, UsageQuantity::Cost);
        QCOMPARE(cost.size(), 1);
        QCOMPARE(cost.first()->flow, consumption);
    }

    void nullIsAGap()
    {
        const QDate day(2026, 7, 14);
        QByteArray json = usageAnswer(*world, "1000123402", "30002", "HOURLY", day, day);
        const PollAnswer before = parsed(json, UsageInterval::Native);
        const UsageSeries *s = series(before.data, UsageQuantity::Usage, u"MV60H10233"_qs);
        QVERIFY(s);
        const qint64 x = WallClock::fakeUtcOf(day, QTime(5, 0));
        const QByteArray head = "\"x\":" + QByteArray::number(x) + ",\"y\":";
        const qsizetype at = json.indexOf(head);
        QVERIFY(at > 0);
        const qsizetype valueStart = at + head.size();
        const qsizetype valueEnd = json.indexOf('}', valueStart);
        const QByteArray point = json.mid(at, valueEnd - at);
        json = replaceAll(json, point, head + "null");
        const PollAnswer after = parsed(json, UsageInterval::Native);
        const UsageSeries *gap = series(after.data, UsageQuantity::Usage, u"MV60H10233"_qs);
        QVERIFY(gap);
        QCOMPARE(gap->size(), s->size()); // kept as a point, not dropped
        QVERIFY(UsageSeries::isGap(gap->values[5]));
        QVERIFY(!UsageSeries::isGap(gap->values[4]));
        QCOMPARE(gap->values[6], s->values[6]);
    }

    void unknownFlowKept()
    {
        const QDate day(2026, 7, 14);
        const QByteArray json
            = replaceAll(usageAnswer(*world, "1000123402", "30002", "DAILY", day, day),
                         "\"flowDirection\":\"FORWARD\"", "\"flowDirection\":\"SIDEWAYS\"");
        const PollAnswer a = parsed(json, UsageInterval::Daily);
        const UsageSeries *s = series(a.data, UsageQuantity::Usage, u"MV60H10233"_qs);
        QVERIFY(s);
        QCOMPARE(s->flow, FlowDirection::Unknown);
        QCOMPARE(s->flowName, u"SIDEWAYS"_qs);
        QVERIFY(s->isConsumption());
        QCOMPARE(s->size(), 1);
    }

    // Without xToOrderedInterval the ends follow from the interval kind.
    void endsWithoutIntervals()
    {
        const auto strip = [](const QByteArray &json) {
            QJsonObject doc = QJsonDocument::fromJson(json).object();
            QJsonObject data = doc.value(u"data").toObject();
            QJsonArray entries = data.value(u"ELECTRIC").toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject e = entries.at(i).toObject();
                e.remove(u"xToOrderedInterval"_qs);
                entries.replace(i, e);
            }
            data.insert(u"ELECTRIC"_qs, entries);
            doc.insert(u"data"_qs, data);
            return QJsonDocument(doc).toJson(QJsonDocument::Compact);
        };
        const QDate day(2026, 11, 1);
        const PollAnswer native
            = parsed(strip(usageAnswer(*world, "1000123401", "30001", "HOURLY", day, day)),
                     UsageInterval::Native);
        const UsageSeries *q = series(native.data, UsageQuantity::Usage, u"MV15A00417"_qs);
        QVERIFY(q);
        QCOMPARE(q->size(), 100);
        QString why;
        QVERIFY2(contiguous(*q, &why), qPrintable(why));

        const PollAnswer daily = parsed(
            strip(usageAnswer(*world, "1000123401", "30001", "DAILY", day.addDays(-1), day)),
            UsageInterval::Daily);
        const UsageSeries *d = series(daily.data, UsageQuantity::Usage, u"MV15A00417"_qs);
        QVERIFY(d);
        QCOMPARE(d->endMs.back() - d->startMs.back(), 25 * hourMs);
    }

    void notAPollAnswer_data()
    {
        const QByteArray good = usageAnswer(*world, "1000123401", "30001", "DAILY",
                                            QDate(2026, 10, 1), QDate(2026, 10, 5));
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n ");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>");
        QTest::newRow("text") << QByteArray("Your data could not be verified.");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("truncated at the end") << good.chopped(1);
        QTest::newRow("trailing garbage") << good + "xyz";
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("no status") << QByteArray(R"({"data":{"ELECTRIC":[]}})");
        QTest::newRow("complete without data") << QByteArray(R"({"status":"COMPLETE"})");
        QTest::newRow("x not a number") << QByteArray(
            R"({"status":"COMPLETE","data":{"ELECTRIC":[{"type":"USAGE","series":[{"name":"M","data":[{"x":"soon","y":1}]}]}]}})");
        QTest::newRow("point without x") << QByteArray(
            R"({"status":"COMPLETE","data":{"ELECTRIC":[{"type":"USAGE","series":[{"name":"M","data":[{"y":1}]}]}]}})");
        QTest::newRow("series not a list") << QByteArray(
            R"({"status":"COMPLETE","data":{"ELECTRIC":[{"type":"USAGE","series":{}}]}})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"status\"", 12);
    }

    void notAPollAnswer()
    {
        QFETCH(QByteArray, json);
        const Parsed<PollAnswer> p = poll(json, denver, UsageInterval::Daily);
        QVERIFY(!p.ok());
        QVERIFY(!p.error.isEmpty());
    }

    // A parse error names the problem, never the content (it may carry personal data).
    void errorsAreRedacted()
    {
        const Parsed<PollAnswer> p
            = poll("<html>account 1000123401</html>", denver, UsageInterval::Daily);
        QVERIFY(!p.ok());
        QVERIFY(p.error.contains(u"HTML"_qs));
        QVERIFY(!p.error.contains(u"1000123401"_qs));
    }
};

QTEST_GUILESS_MAIN(TestNetParsePoll)
#include "tst_net_parse_poll.moc"
