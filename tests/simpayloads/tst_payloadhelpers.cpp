// The pure parts of the payload layer: the fast JSON writer, the usage buckets (DST days
// included) and the poll-request parser.
#include "sim/payloads/jsonwriter.h"
#include "sim/payloads/payloads.h"
#include "sim/payloads/usagebuckets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace sim::payloads;
using namespace sim::payloads::detail;
using coopdesk::Money;
using coopdesk::WallClock;

class TestPayloadHelpers : public QObject
{
    Q_OBJECT

private:
    const WallClock denver { QTimeZone(QByteArrayLiteral("America/Denver")) };

private Q_SLOTS:
    void writerStructureAndEscaping()
    {
        JsonWriter w(8);
        w.beginObject();
        w.field("s", QStringLiteral("a\"b\\c\nd\x01 é"));
        w.field("i", qint64(-1788220800000));
        w.field("t", true);
        w.key("n");
        w.null();
        w.key("a");
        w.beginArray();
        w.value(1);
        w.beginObject();
        w.endObject();
        w.beginArray();
        w.endArray();
        w.endArray();
        w.emptyObjectField("e");
        w.endObject();
        const QByteArray out = w.take();
        QCOMPARE(
            out,
            QByteArray("{\"s\":\"a\\\"b\\\\c\\nd\\u0001 \xc3\xa9\",\"i\":-1788220800000,\"t\":true,"
                       "\"n\":null,\"a\":[1,{},[]],\"e\":{}}"));
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        QCOMPARE(doc.object().value(u"s").toString(), QStringLiteral("a\"b\\c\nd\x01 é"));
    }

    void writerNumbers()
    {
        JsonWriter w;
        w.beginArray();
        w.rounded(47.055000001, 2);
        w.rounded(0.1 + 0.2, 2);
        w.value(21.32 + 28.06 + 7.65); // a Java-style double sum stays as it is
        w.rounded(-0.0001, 2); // never "-0"
        w.rounded(3.0, 2);
        w.money(Money::fromCents(-405));
        w.money(Money::fromCents(1230));
        w.money(Money::fromCents(0));
        w.value(std::nan(""));
        w.endArray();
        QCOMPARE(w.take(), QByteArray("[47.06,0.3,57.029999999999994,0,3,-4.05,12.30,0.00,null]"));
    }

    void writerGrowsFromTinyReserve()
    {
        JsonWriter w(1);
        w.beginArray();
        for (int i = 0; i < 10000; ++i)
            w.value(i);
        w.endArray();
        const QJsonArray a = QJsonDocument::fromJson(w.take()).array();
        QCOMPARE(a.size(), 10000);
        QCOMPARE(a.last().toInt(), 9999);
    }

    void dailyBucketsOnDstDays()
    {
        // 2026-03-07 .. 2026-03-09 local: the 8th has 23 hours.
        const qint64 from = denver.startOfDay(QDate(2026, 3, 7));
        const qint64 to = denver.startOfDay(QDate(2026, 3, 10));
        const auto buckets = dailyBuckets(denver, from, to);
        QCOMPARE(buckets.size(), size_t(3));
        QCOMPARE(buckets[1].x, WallClock::fakeUtcOf(QDate(2026, 3, 8)));
        QCOMPARE(buckets[1].xEnd - buckets[1].x, qint64(86400000));
        QCOMPARE(buckets[1].realEnd - buckets[1].realStart, qint64(23) * 3600000);
        QCOMPARE(buckets[0].realEnd, buckets[1].realStart);

        const auto fall = dailyBuckets(denver, denver.startOfDay(QDate(2026, 11, 1)),
                                       denver.startOfDay(QDate(2026, 11, 2)));
        QCOMPARE(fall.size(), size_t(1));
        QCOMPARE(fall[0].realEnd - fall[0].realStart, qint64(25) * 3600000);
    }

    void dailyBucketsTakeDaysWhoseMidnightIsInRange()
    {
        const qint64 midnight = denver.startOfDay(QDate(2026, 6, 10));
        // Starting an hour after midnight skips that day; ending an hour after the next
        // midnight includes the next day.
        const auto b = dailyBuckets(denver, midnight + 3600000, midnight + 86400000 + 3600000);
        QCOMPARE(b.size(), size_t(1));
        QCOMPARE(b[0].x, WallClock::fakeUtcOf(QDate(2026, 6, 11)));
        QVERIFY(dailyBuckets(denver, midnight, midnight).empty());
    }

    void intervalBucketsRepeatXWhenClocksFallBack()
    {
        // 2026-11-01 01:00 MDT (07:00Z) and 01:00 MST (08:00Z) read the same on the wall.
        const qint64 first
            = QDateTime(QDate(2026, 11, 1), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch();
        const Bucket a = intervalBucket(denver, first, 60);
        const Bucket b = intervalBucket(denver, first + 3600000, 60);
        QCOMPARE(a.x, WallClock::fakeUtcOf(QDate(2026, 11, 1), QTime(1, 0)));
        QCOMPARE(b.x, a.x);
        QCOMPARE(b.xEnd, b.x + 3600000);
        // Spring forward: 01:45 MST is followed by 03:00 MDT.
        const qint64 beforeGap
            = QDateTime(QDate(2026, 3, 8), QTime(8, 45), Qt::UTC).toMSecsSinceEpoch();
        const Bucket c = intervalBucket(denver, beforeGap, 15);
        const Bucket d = intervalBucket(denver, beforeGap + 900000, 15);
        QCOMPARE(c.x, WallClock::fakeUtcOf(QDate(2026, 3, 8), QTime(1, 45)));
        QCOMPARE(d.x, WallClock::fakeUtcOf(QDate(2026, 3, 8), QTime(3, 0)));
    }

    void monthlyBucketsAndOpenPeriod()
    {
        const QList<BillingPeriod> closed = {
            { QDate(2026, 4, 6), QDate(2026, 5, 5), QStringLiteral("May 2026") },
            { QDate(2026, 5, 6), QDate(2026, 6, 5), QStringLiteral("Jun 2026") },
            { QDate(2026, 6, 6), QDate(2026, 7, 5), QStringLiteral("Jul 2026") },
        };
        const qint64 dataEnd = denver.startOfDay(QDate(2026, 7, 20));
        // A range inside June's period takes June whole and nothing else.
        auto b = monthlyBuckets(denver, closed, QDate(2026, 7, 6), dataEnd,
                                denver.startOfDay(QDate(2026, 5, 10)),
                                denver.startOfDay(QDate(2026, 5, 12)));
        QCOMPARE(b.size(), size_t(1));
        QCOMPARE(b[0].orderedName, QStringLiteral("Jun 2026"));
        QCOMPARE(b[0].x, WallClock::fakeUtcOf(QDate(2026, 5, 6)));
        QCOMPARE(b[0].xEnd, WallClock::fakeUtcOf(QDate(2026, 6, 6)));
        // A range to the end of data adds the open period, labelled "Dec 9999", ending in 9999.
        b = monthlyBuckets(denver, closed, QDate(2026, 7, 6), dataEnd,
                           denver.startOfDay(QDate(2026, 6, 1)), dataEnd);
        QCOMPARE(b.size(), size_t(3));
        QCOMPARE(b[2].orderedName, QStringLiteral("Dec 9999"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(b[2].xEnd, Qt::UTC).date().year(), 9999);
        QCOMPARE(b[2].realEnd, dataEnd);
    }

    void assignToBucketsSkipsGaps()
    {
        const std::vector<Bucket> buckets = { { 100, 200, 0, 0, {} }, { 300, 400, 0, 0, {} } };
        const std::vector<qint64> starts = { 50, 100, 199, 200, 250, 300, 399, 400 };
        const std::vector<int> expected = { -1, 0, 0, -1, -1, 1, 1, -1 };
        QCOMPARE(assignToBuckets(starts, buckets), expected);
    }

    void parseUsageQueryAcceptsNumbersAndStrings()
    {
        QString error;
        const auto a = parseUsageQuery(
            R"({"timeFrame":"DAILY","userId":"m@example.com","screen":"USAGE_EXPLORER",
            "includeDemand":false,"serviceLocationNumber":"30001","accountNumber":"1000123401",
            "industries":["ELECTRIC"],"startDateTime":1788235200000,"endDateTime":1788494400000})",
            &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->timeFrame, TimeFrame::Daily);
        QCOMPARE(a->startMs, qint64(1788235200000));
        QCOMPARE(a->endMs, qint64(1788494400000));
        QCOMPARE(a->screen, QStringLiteral("USAGE_EXPLORER"));
        QCOMPARE(a->industries, QStringList { QStringLiteral("ELECTRIC") });

        const auto b = parseUsageQuery(R"({"timeFrame":"hourly","serviceLocationNumber":30001,
            "accountNumber":"1000123401","startDateTime":"1788235200000","endDateTime":" 1788494400000",
            "includeDemand":"true","selectedIndustry":"ELECTRIC","includeCost":true})",
                                       &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->timeFrame, TimeFrame::Hourly);
        QCOMPARE(b->serviceLocationNumber, QStringLiteral("30001"));
        QCOMPARE(b->startMs, qint64(1788235200000));
        QCOMPARE(b->endMs, qint64(1788494400000));
        QVERIFY(b->includeDemand);
        QCOMPARE(b->industries, QStringList { QStringLiteral("ELECTRIC") });
        // The echo is the request as understood: bounds as numbers.
        QCOMPARE(b->echo.value(u"startDateTime").toDouble(), 1788235200000.0);
        QCOMPARE(b->echo.value(u"timeFrame").toString(), QStringLiteral("HOURLY"));
    }

    void parseUsageQueryRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray ok = R"("accountNumber":"1","serviceLocationNumber":"2")";
        QTest::newRow("not json") << QByteArray("timeFrame=DAILY") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("no timeFrame")
            << QByteArray("{" + ok + R"(,"startDateTime":1,"endDateTime":2})")
            << QStringLiteral("timeFrame");
        QTest::newRow("bad timeFrame") << QByteArray(
            "{" + ok + R"(,"timeFrame":"FIVE_HOUR","startDateTime":1,"endDateTime":2})")
                                       << QStringLiteral("FIVE_HOUR");
        QTest::newRow("no start") << QByteArray("{" + ok
                                                + R"(,"timeFrame":"DAILY","endDateTime":2})")
                                  << QStringLiteral("startDateTime");
        QTest::newRow("text start") << QByteArray(
            "{" + ok + R"(,"timeFrame":"DAILY","startDateTime":"yesterday","endDateTime":2})")
                                    << QStringLiteral("startDateTime");
        QTest::newRow("fraction end")
            << QByteArray("{" + ok + R"(,"timeFrame":"DAILY","startDateTime":1,"endDateTime":2.5})")
            << QStringLiteral("endDateTime");
        QTest::newRow("end before start")
            << QByteArray("{" + ok + R"(,"timeFrame":"DAILY","startDateTime":5,"endDateTime":5})")
            << QStringLiteral("after");
        QTest::newRow("no account") << QByteArray(
            R"({"serviceLocationNumber":"2","timeFrame":"DAILY","startDateTime":1,"endDateTime":2})")
                                    << QStringLiteral("accountNumber");
        QTest::newRow("no location") << QByteArray(
            R"({"accountNumber":"1","timeFrame":"DAILY","startDateTime":1,"endDateTime":2})")
                                     << QStringLiteral("serviceLocationNumber");
        QTest::newRow("bad demand flag") << QByteArray(
            "{" + ok
            + R"(,"timeFrame":"DAILY","startDateTime":1,"endDateTime":2,"includeDemand":"maybe"})")
                                         << QStringLiteral("includeDemand");
        QTest::newRow("bad industries") << QByteArray(
            "{" + ok
            + R"(,"timeFrame":"DAILY","startDateTime":1,"endDateTime":2,"industries":[1]})")
                                        << QStringLiteral("industries");
    }

    void parseUsageQueryRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseUsageQuery(body, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPayloadHelpers)
#include "tst_payloadhelpers.moc"
