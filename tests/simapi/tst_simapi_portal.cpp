// The real SmartHub endpoints over HTTPS: every key path of the captured fixtures is in the
// simulator's answer to the same request, each endpoint has its shape, the poll goes
// PENDING -> COMPLETE, bills come as real PDFs, and both weather sources answer.
#include "simclient.h"
#include "support/jsonkeypaths.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime kStart(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
const QTimeZone kCoopZone("America/Denver");

QJsonDocument fixture(const QString &name)
{
    QFile file(QStringLiteral(COOPDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument::fromJson(file.readAll());
}

QString missingPaths(const QJsonDocument &captured, const QByteArray &served)
{
    const QJsonDocument answer = QJsonDocument::fromJson(served);
    const auto root = [](const QJsonDocument &d) {
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    };
    return testsupport::missingKeyPaths(root(captured), root(answer)).join(u"\n"_qs);
}

// A real instant of local midnight in the co-op's zone, `days` from the clock's local today.
qint64 localMidnight(const QDateTime &now, int days)
{
    const QDate today = now.toTimeZone(kCoopZone).date();
    return QDateTime(today.addDays(days), QTime(0, 0), kCoopZone).toMSecsSinceEpoch();
}

} // namespace

class TestSimApiPortal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fixtureKeysArePresent_data();
    void fixtureKeysArePresent();
    void discoveryShapes();
    void billingShapes();
    void billPdfIsARealPdf();
    void pollPendingThenComplete();
    void pollWithThreePendingAnswers();
    void pollFailsForOtherScreens();
    void pollRejectsMalformedBodies();
    void pollDataEndsWithYesterday();
    void weatherSummariesWithOrWithoutBearer();
    void openMeteoArchive();

private:
    HttpResult pollUntilComplete(const QJsonObject &request, int *pendingAnswers);

    QDateTime m_now = kStart;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<SimClient> m_client;
    SimClient::Session m_session;
};

void TestSimApiPortal::initTestCase()
{
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->start(&error), qPrintable(error));
    m_client = std::make_unique<SimClient>(*m_simulator);
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    m_session = *session;
}

void TestSimApiPortal::cleanupTestCase()
{
    m_client.reset();
    m_simulator.reset();
}

HttpResult TestSimApiPortal::pollUntilComplete(const QJsonObject &request, int *pendingAnswers)
{
    *pendingAnswers = 0;
    for (int attempt = 0; attempt < 10; ++attempt) {
        const HttpResult result = m_client->postJson(u"/services/secured/utility-usage/poll"_qs,
                                                     request, m_session.headers());
        if (result.object().value(u"status"_qs).toString() != u"PENDING"_qs)
            return result;
        ++*pendingAnswers;
    }
    return {};
}

void TestSimApiPortal::fixtureKeysArePresent_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("path");
    const QString user = demo::kEmail;
    QTest::newRow("login") << u"login.json"_qs << QString();
    QTest::newRow("user_data") << u"user_data.json"_qs
                               << u"/services/secured/user-data?userId="_qs + user;
    QTest::newRow("service_location")
        << u"service_location.json"_qs
        << u"/services/secured/service-locations/"_qs + demo::kHomeLocation;
    QTest::newRow("billing") << u"billing.json"_qs
                             << u"/services/secured/billing?userId="_qs + user
            + u"&accountNumber="_qs + demo::kHomeAccount;
    QTest::newRow("poll_pending") << u"poll_pending.json"_qs << u"poll"_qs;
    QTest::newRow("poll_daily") << u"poll_daily.json"_qs << u"poll"_qs;
}

void TestSimApiPortal::fixtureKeysArePresent()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, path);
    const QJsonDocument captured = fixture(fixtureName);
    HttpResult served;
    if (fixtureName == u"login.json"_qs) {
        served = m_client->login(demo::kEmail, demo::kPassword);
    } else if (path == u"poll"_qs) {
        // As in the capture: DAILY, three days, a time-of-use home. A fresh range each row, so
        // poll_pending sees the first answer and poll_daily the completed one.
        const int daysBack = fixtureName == u"poll_pending.json"_qs ? 10 : 4;
        const QJsonObject request = pollRequest(u"DAILY"_qs, localMidnight(m_now, -daysBack),
                                                localMidnight(m_now, -daysBack + 3));
        int pending = 0;
        served = fixtureName == u"poll_pending.json"_qs ? m_client->postJson(
                     u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
                                                        : pollUntilComplete(request, &pending);
    } else {
        served = m_client->get(path, m_session.headers());
    }
    QCOMPARE(served.status, 200);
    QVERIFY(served.isJson());
    const QString missing = missingPaths(captured, served.body);
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing key paths:\n"_qs + missing));
}

void TestSimApiPortal::discoveryShapes()
{
    const HttpResult userData = m_client->get(
        u"/services/secured/user-data?userId="_qs + demo::kEmail, m_session.headers());
    QCOMPARE(userData.status, 200);
    const QJsonArray accounts = userData.array();
    QCOMPARE(accounts.size(), 4); // home, farm, solar, closed apartment
    QStringList numbers;
    bool sawInactive = false;
    for (const QJsonValue &account : accounts) {
        numbers.append(account[u"account"_qs].toString());
        sawInactive = sawInactive || account[u"inactive"_qs].toBool();
    }
    QVERIFY(numbers.contains(demo::kHomeAccount));
    QVERIFY(sawInactive);

    const HttpResult list
        = m_client->get(u"/services/secured/accounts?user="_qs + demo::kEmail, m_session.headers());
    QCOMPARE(list.status, 200);
    QVERIFY(!list.array().isEmpty());
    const QJsonObject first = list.array().first().toObject();
    QVERIFY(first.contains(u"account"_qs));
    QVERIFY(first.value(u"serviceLocations"_qs).isArray());

    const HttpResult location = m_client->get(
        u"/services/secured/service-locations/"_qs + demo::kHomeLocation, m_session.headers());
    QCOMPARE(location.status, 200);
    QCOMPARE(location.object().value(u"id"_qs).toString(), demo::kHomeLocation);
    QVERIFY(location.object().contains(u"zipCode"_qs));
}

void TestSimApiPortal::billingShapes()
{
    const HttpResult billing = m_client->get(u"/services/secured/billing?userId="_qs + demo::kEmail
                                                 + u"&accountNumber="_qs + demo::kHomeAccount,
                                             m_session.headers());
    QCOMPARE(billing.status, 200);
    QVERIFY(billing.array().first()[u"accountBillingMap"_qs][demo::kHomeAccount].isObject());

    const HttpResult history = m_client->get(
        u"/services/secured/billing/history/overview?acctNbr="_qs + demo::kHomeAccount,
        m_session.headers());
    QCOMPARE(history.status, 200);
    const QJsonArray bills = history.array();
    QVERIFY(bills.size() >= 12);
    for (const char16_t *key : { u"billingDateTimestamp", u"billProcessUuid", u"systemOfRecord",
                                 u"adjustedBillAmount", u"totalUsage", u"servLocs" })
        QVERIFY2(bills.first().toObject().contains(QString::fromUtf16(key)),
                 qPrintable(QString::fromUtf16(key)));

    // Missing parameters are Spring's 400.
    QCOMPARE(
        m_client->get(u"/services/secured/billing/history/overview"_qs, m_session.headers()).status,
        400);
}

void TestSimApiPortal::billPdfIsARealPdf()
{
    const HttpResult history = m_client->get(
        u"/services/secured/billing/history/overview?acctNbr="_qs + demo::kHomeAccount,
        m_session.headers());
    const QJsonObject bill = history.array().first().toObject();
    const qint64 timestamp = bill.value(u"billingDateTimestamp"_qs).toInteger();
    // The file name as clients build it: the bill date in the co-op's zone, then the account.
    const QString name
        = QDateTime::fromMSecsSinceEpoch(timestamp, kCoopZone).toString(u"yyyy_MM_dd"_qs) + u'_'
        + demo::kHomeAccount + u".pdf"_qs;
    const QString query = u"?account="_qs + demo::kHomeAccount + u"&timestamp="_qs
        + QString::number(timestamp) + u"&uuid="_qs + bill.value(u"billProcessUuid"_qs).toString()
        + u"&systemOfRecord="_qs + bill.value(u"systemOfRecord"_qs).toString();

    const HttpResult pdf = m_client->get(u"/services/secured/billPdfService/"_qs + name + query,
                                         m_session.headers());
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("content-type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));
    QVERIFY(pdf.body.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.body.size() > 1024); // GAR's client rejects anything smaller

    const HttpResult unknown = m_client->get(
        u"/services/secured/billPdfService/"_qs + name + u"?account="_qs + demo::kHomeAccount
            + u"&timestamp=1&uuid=00000000-0000-0000-0000-000000000000&systemOfRecord=UTILITY"_qs,
        m_session.headers());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_client->get(u"/services/secured/billPdfService/"_qs + name + query).status, 401);
}

void TestSimApiPortal::pollPendingThenComplete()
{
    const QJsonObject request
        = pollRequest(u"HOURLY"_qs, localMidnight(m_now, -3), localMidnight(m_now, -2));
    int pending = 0;
    const HttpResult complete = pollUntilComplete(request, &pending);
    QCOMPARE(pending, 1);
    QCOMPARE(complete.status, 200);
    const QJsonObject body = complete.object();
    QCOMPARE(body.value(u"status"_qs).toString(), u"COMPLETE"_qs);
    const QJsonArray entries = body[u"data"_qs][u"ELECTRIC"_qs].toArray();
    QVERIFY(!entries.isEmpty());
    const QJsonArray points = entries.first()[u"series"_qs][0][u"data"_qs].toArray();
    QCOMPARE(points.size(), 96); // one day of the home's 15-minute meter

    // The same request again is still complete (the job is cached), a new one pends again.
    QCOMPARE(
        m_client->postJson(u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
            .object()
            .value(u"status"_qs)
            .toString(),
        u"COMPLETE"_qs);
    QJsonObject other = request;
    other.insert(u"timeFrame"_qs, u"DAILY"_qs);
    QCOMPARE(
        m_client->postJson(u"/services/secured/utility-usage/poll"_qs, other, m_session.headers())
            .object(),
        fixture(u"poll_pending.json"_qs).object());
}

void TestSimApiPortal::pollWithThreePendingAnswers()
{
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    options.pendingPolls = 3;
    sim::Simulator simulator(options);
    QVERIFY(simulator.start());
    SimClient client(simulator);
    const auto session = client.signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const QJsonObject request
        = pollRequest(u"DAILY"_qs, localMidnight(m_now, -7), localMidnight(m_now, -1));
    QStringList statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(
            client.postJson(u"/services/secured/utility-usage/poll"_qs, request, session->headers())
                .object()
                .value(u"status"_qs)
                .toString());
    QCOMPARE(statuses,
             (QStringList { u"PENDING"_qs, u"PENDING"_qs, u"PENDING"_qs, u"COMPLETE"_qs,
                            u"COMPLETE"_qs }));
}

void TestSimApiPortal::pollFailsForOtherScreens()
{
    for (const QString &screen : { u"BILLING"_qs, u"COST"_qs, u"MY_USAGE"_qs }) {
        const HttpResult result = m_client->postJson(
            u"/services/secured/utility-usage/poll"_qs,
            pollRequest(u"DAILY"_qs, localMidnight(m_now, -3), localMidnight(m_now, -1), screen),
            m_session.headers());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object(), (QJsonObject { { u"status"_qs, u"FAILED"_qs } }));
    }
}

void TestSimApiPortal::pollRejectsMalformedBodies()
{
    const QString path = u"/services/secured/utility-usage/poll"_qs;
    QCOMPARE(m_client->post(path, "{not json", "application/json", m_session.headers()).status,
             400);
    QCOMPARE(m_client->post(path, "[]", "application/json", m_session.headers()).status, 400);
    QJsonObject noRange = pollRequest(u"DAILY"_qs, 0, 0);
    noRange.remove(u"startDateTime"_qs);
    QCOMPARE(m_client->postJson(path, noRange, m_session.headers()).status, 400);
    QCOMPARE(m_client
                 ->postJson(
                     path,
                     pollRequest(u"WEEKLY"_qs, localMidnight(m_now, -3), localMidnight(m_now, -1)),
                     m_session.headers())
                 .status,
             400);
}

void TestSimApiPortal::pollDataEndsWithYesterday()
{
    // Ask up to tomorrow: the points stop at the end of yesterday, local time.
    const QJsonObject request
        = pollRequest(u"HOURLY"_qs, localMidnight(m_now, -2), localMidnight(m_now, 1));
    int pending = 0;
    const HttpResult complete = pollUntilComplete(request, &pending);
    QCOMPARE(complete.status, 200);
    const QJsonArray points
        = complete.object()[u"data"_qs][u"ELECTRIC"_qs][0][u"series"_qs][0][u"data"_qs].toArray();
    QVERIFY(!points.isEmpty());
    const QDate today = m_now.toTimeZone(kCoopZone).date();
    // x is the local wall clock written as if it were UTC.
    const qint64 todayFakeUtc = QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(points.last()[u"x"_qs].toInteger() < todayFakeUtc);
    QCOMPARE(points.last()[u"x"_qs].toInteger(), todayFakeUtc - 15 * 60 * 1000);
}

void TestSimApiPortal::weatherSummariesWithOrWithoutBearer()
{
    const qint64 start = localMidnight(m_now, -3);
    const qint64 end = localMidnight(m_now, -1);
    QJsonArray columns;
    for (qint64 t = start; t < end; t += 24 * 3600 * 1000LL)
        columns.append(QJsonObject { { u"start"_qs, QString::number(t) },
                                     { u"end"_qs, QString::number(t + 24 * 3600 * 1000LL) } });
    const QString path = u"/services/weather/summaries?zipCode=80540&start="_qs
        + QString::number(start) + u"&end="_qs + QString::number(end);
    for (const RawHeaders &headers : { RawHeaders(), m_session.headers() }) {
        const HttpResult result
            = m_client->postJson(path, QJsonObject { { u"columns"_qs, columns } }, headers);
        QCOMPARE(result.status, 200);
        const QJsonArray rows = result.array();
        QCOMPARE(rows.size(), columns.size());
        QVERIFY(rows.first()[u"highRead"_qs][u"temperature"_qs].isDouble());
    }
}

void TestSimApiPortal::openMeteoArchive()
{
    const HttpResult result = m_client->get(
        u"/v1/"
        u"archive?latitude=40.2242&longitude=-105.2806&start_date=2026-09-01&end_date=2026-09-07"
        "&daily=temperature_2m_max,temperature_2m_min,temperature_2m_mean"
        "&temperature_unit=fahrenheit&timezone=America%2FDenver"_qs);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object()[u"daily"_qs][u"time"_qs].toArray().size(), 7);
    QCOMPARE(result.object()[u"daily"_qs][u"temperature_2m_max"_qs].toArray().size(), 7);
}

QTEST_MAIN(TestSimApiPortal)
#include "tst_simapi_portal.moc"
