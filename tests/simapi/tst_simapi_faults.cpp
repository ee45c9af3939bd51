// Every fault kind as a real client (QNetworkAccessManager over HTTPS) sees it, added through
// the admin endpoint or the in-process API, consumed per request or in force for the whole run.
#include "simclient.h"

#include <QTest>

namespace {
const QDateTime kStart(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
} // namespace

class TestSimApiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void latency();
    void slowBody();
    void status5xx_data();
    void status5xx();
    void tooManyRequestsCarriesRetryAfter();
    void resetLosesTheAnswerButNotTheWork();
    void truncatedBodyFailsToParse();
    void htmlLoginPageInsteadOfJson();
    void pendingForever();
    void expireTokensEndsTheSession();
    void expireTokensAfterSeconds();
    void forbidden();
    void countIsConsumedPerRequest();
    void pathPrefixLimitsARule();
    void adminEndpointAddsListsAndClears();
    void adminRejectsBadRules();
    void adminIsNeverFaulted();
    void runWideRulesSurviveAdminClear();

private:
    void addFaults(const QJsonValue &rules);
    QString accountsPath() const { return u"/services/secured/accounts?user="_qs + demo::kEmail; }

    QDateTime m_now = kStart;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<SimClient> m_client;
    SimClient::Session m_session;
};

void TestSimApiFaults::initTestCase()
{
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QVERIFY(m_simulator->start());
    m_client = std::make_unique<SimClient>(*m_simulator);
}

void TestSimApiFaults::cleanupTestCase()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSimApiFaults::init()
{
    m_now = kStart;
    m_simulator->faults().clear(true);
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    m_session = *session;
}

void TestSimApiFaults::addFaults(const QJsonValue &rules)
{
    const QByteArray body = rules.isArray()
        ? QJsonDocument(rules.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(rules.toObject()).toJson(QJsonDocument::Compact);
    const HttpResult result = m_client->post(u"/__admin/faults"_qs, body, "application/json");
    QCOMPARE(result.status, 200);
}

void TestSimApiFaults::latency()
{
    addFaults(QJsonObject { { u"kind"_qs, u"latency"_qs }, { u"ms"_qs, 150 }, { u"count"_qs, 1 } });
    const HttpResult slow = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 150, qPrintable(QString::number(slow.elapsedMs)));
    const HttpResult fast = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(fast.body, slow.body);
}

void TestSimApiFaults::slowBody()
{
    const HttpResult normal = m_client->get(accountsPath(), m_session.headers());
    QVERIFY(normal.body.size() > 32);
    addFaults(QJsonObject { { u"spec"_qs, u"slowBody=16,interval=10,count=1"_qs } });
    const HttpResult slow = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(slow.status, 200);
    QCOMPARE(slow.body, normal.body);
    const qint64 pieces = (normal.body.size() + 15) / 16;
    QVERIFY2(slow.elapsedMs >= (pieces - 1) * 10, qPrintable(QString::number(slow.elapsedMs)));
}

void TestSimApiFaults::status5xx_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("500") << 500 << QByteArray("application/json");
    QTest::newRow("502") << 502 << QByteArray("text/html");
    QTest::newRow("503") << 503 << QByteArray("text/html");
    QTest::newRow("504") << 504 << QByteArray("text/html");
}

void TestSimApiFaults::status5xx()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    addFaults(
        QJsonObject { { u"kind"_qs, u"status"_qs }, { u"status"_qs, status }, { u"count"_qs, 1 } });
    const HttpResult result = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(result.status, status);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.header("content-type").startsWith(contentType));
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 200);
}

void TestSimApiFaults::tooManyRequestsCarriesRetryAfter()
{
    addFaults(QJsonObject { { u"spec"_qs, u"tooManyRequests=7,count=1"_qs } });
    const HttpResult result = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("retry-after"), QByteArray("7"));
}

void TestSimApiFaults::resetLosesTheAnswerButNotTheWork()
{
    // Every request to the path, because QNetworkAccessManager retries a request once when a
    // reused connection drops.
    addFaults(QJsonObject { { u"spec"_qs, u"reset@/services/secured/payments"_qs } });
    const QJsonObject payment { { u"idempotencyKey"_qs, u"reset-test-0001"_qs },
                                { u"accountNumber"_qs, demo::kHomeAccount },
                                { u"amount"_qs, u"5.00"_qs },
                                { u"methodId"_qs, demo::kCardMethod } };
    const HttpResult lost
        = m_client->postJson(u"/services/secured/payments"_qs, payment, m_session.headers());
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(m_client->send("DELETE", u"/__admin/faults"_qs).status, 200);

    // The server did the work: the key's outcome can be asked for, and it was charged once.
    const HttpResult status
        = m_client->get(u"/services/secured/payments/status?idempotencyKey=reset-test-0001"_qs,
                        m_session.headers());
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"amount"_qs).toString(), u"5.00"_qs);
}

void TestSimApiFaults::truncatedBodyFailsToParse()
{
    addFaults(QJsonObject { { u"spec"_qs, u"truncate@/services/secured/user-data"_qs } });
    const HttpResult result = m_client->get(
        u"/services/secured/user-data?userId="_qs + demo::kEmail, m_session.headers());
    QVERIFY(result.error != QNetworkReply::NoError || !result.isJson());
    QVERIFY(!result.isJson());
}

void TestSimApiFaults::htmlLoginPageInsteadOfJson()
{
    addFaults(
        QJsonObject { { u"spec"_qs, u"html@/services/secured/utility-usage/poll,count=1"_qs } });
    const HttpResult result
        = m_client->postJson(u"/services/secured/utility-usage/poll"_qs,
                             pollRequest(u"DAILY"_qs, kStart.addDays(-5).toMSecsSinceEpoch(),
                                         kStart.addDays(-2).toMSecsSinceEpoch()),
                             m_session.headers());
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("text/html"));
    QVERIFY(result.body.contains("<html"));
    QVERIFY(!result.isJson());
}

void TestSimApiFaults::pendingForever()
{
    addFaults(QJsonObject { { u"kind"_qs, u"pendingForever"_qs } });
    const QJsonObject request = pollRequest(u"DAILY"_qs, kStart.addDays(-9).toMSecsSinceEpoch(),
                                            kStart.addDays(-2).toMSecsSinceEpoch());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            m_client
                ->postJson(u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
                .object()
                .value(u"status"_qs)
                .toString(),
            u"PENDING"_qs);
    m_simulator->faults().clear();
    // Without the fault the job runs as usual: one PENDING, then COMPLETE.
    QStringList statuses;
    for (int i = 0; i < 2; ++i)
        statuses.append(
            m_client
                ->postJson(u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
                .object()
                .value(u"status"_qs)
                .toString());
    QCOMPARE(statuses, (QStringList { u"PENDING"_qs, u"COMPLETE"_qs }));
}

void TestSimApiFaults::expireTokensEndsTheSession()
{
    addFaults(QJsonObject { { u"kind"_qs, u"expireTokens"_qs }, { u"count"_qs, 1 } });
    const HttpResult first = m_client->get(accountsPath(), m_session.headers());
    QCOMPARE(first.status, 401);
    QCOMPARE(first.error, QNetworkReply::AuthenticationRequiredError);
    // The token stays dead although its exp has not passed; a new login works.
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 401);
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    QCOMPARE(m_client->get(accountsPath(), session->headers()).status, 200);
}

void TestSimApiFaults::expireTokensAfterSeconds()
{
    // The token claims 299 s, the server forgets it after 60.
    m_simulator->faults().add(*sim::api::parseFaultSpec(u"expireTokens=60"_qs, nullptr));
    m_now = kStart.addSecs(59);
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 200);
    m_now = kStart.addSecs(60);
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 401);
}

void TestSimApiFaults::forbidden()
{
    addFaults(QJsonObject { { u"spec"_qs, u"forbidden@/services/secured/billing,count=1"_qs } });
    const HttpResult result = m_client->get(
        u"/services/secured/billing/history/overview?acctNbr="_qs + demo::kHomeAccount,
        m_session.headers());
    QCOMPARE(result.status, 403);
    QCOMPARE(result.error, QNetworkReply::ContentAccessDenied);
    QCOMPARE(result.object().value(u"message"_qs).toString(),
             u"The current user does not have access to make this service call"_qs);
}

void TestSimApiFaults::countIsConsumedPerRequest()
{
    addFaults(QJsonObject { { u"spec"_qs, u"status=503,count=2"_qs } });
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 503);
    QCOMPARE(m_client->get(u"/__admin/faults"_qs).object()[u"rules"_qs][0][u"count"_qs].toInt(), 1);
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 503);
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 200);
    QVERIFY(m_client->get(u"/__admin/faults"_qs).object()[u"rules"_qs].toArray().isEmpty());
}

void TestSimApiFaults::pathPrefixLimitsARule()
{
    addFaults(
        QJsonObject { { u"spec"_qs, u"status=503@/services/secured/utility-usage,count=3"_qs } });
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 200);
    const QJsonObject request = pollRequest(u"DAILY"_qs, kStart.addDays(-4).toMSecsSinceEpoch(),
                                            kStart.addDays(-2).toMSecsSinceEpoch());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            m_client
                ->postJson(u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
                .status,
            503);
    QCOMPARE(
        m_client->postJson(u"/services/secured/utility-usage/poll"_qs, request, m_session.headers())
            .status,
        200);
}

void TestSimApiFaults::adminEndpointAddsListsAndClears()
{
    addFaults(QJsonArray { QJsonObject { { u"kind"_qs, u"latency"_qs }, { u"ms"_qs, 1 } },
                           u"forbidden@/nowhere,count=4"_qs });
    const QJsonArray rules = m_client->get(u"/__admin/faults"_qs).object()[u"rules"_qs].toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[1][u"kind"_qs].toString(), u"forbidden"_qs);
    QCOMPARE(rules[1][u"pathPrefix"_qs].toString(), u"/nowhere"_qs);
    QCOMPARE(rules[1][u"count"_qs].toInt(), 4);

    const QJsonObject state = m_client->get(u"/__admin/state"_qs).object();
    QCOMPARE(state[u"faults"_qs].toArray().size(), 2);
    QCOMPARE(state[u"now"_qs].toInteger(), kStart.toMSecsSinceEpoch());
    QCOMPARE(state[u"settings"_qs][u"pendingPolls"_qs].toInt(), 1);

    const HttpResult cleared = m_client->send("DELETE", u"/__admin/faults"_qs);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.object()[u"rules"_qs].toArray().isEmpty());
    QVERIFY(m_simulator->faults().rules().isEmpty());
}

void TestSimApiFaults::adminRejectsBadRules()
{
    const HttpResult bad
        = m_client->post(u"/__admin/faults"_qs, R"([{"kind":"latency","ms":5},{"kind":"teapot"}])",
                         "application/json");
    QCOMPARE(bad.status, 400);
    QVERIFY(m_simulator->faults().rules().isEmpty()); // all or nothing
    QCOMPARE(m_client->post(u"/__admin/faults"_qs, "nope", "application/json").status, 400);
}

void TestSimApiFaults::adminIsNeverFaulted()
{
    addFaults(QJsonObject { { u"kind"_qs, u"reset"_qs } });
    QCOMPARE(m_client->get(u"/__admin/state"_qs).status, 200);
    QCOMPARE(m_client->send("DELETE", u"/__admin/faults"_qs).status, 200);
    QCOMPARE(m_client->get(accountsPath(), m_session.headers()).status, 200);
}

void TestSimApiFaults::runWideRulesSurviveAdminClear()
{
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    options.faults.append(
        *sim::api::parseFaultSpec(u"status=502@/services/secured/accounts"_qs, nullptr));
    sim::Simulator simulator(options);
    QVERIFY(simulator.start());
    SimClient client(simulator);
    const auto session = client.signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get(accountsPath(), session->headers()).status, 502);
    QCOMPARE(client.get(u"/__admin/faults"_qs).object()[u"rules"_qs][0][u"runWide"_qs].toBool(),
             true);
    QCOMPARE(client.send("DELETE", u"/__admin/faults"_qs).status, 200);
    QCOMPARE(client.get(accountsPath(), session->headers()).status, 502);
    QCOMPARE(client.send("DELETE", u"/__admin/faults?all=true"_qs).status, 200);
    QCOMPARE(client.get(accountsPath(), session->headers()).status, 200);
}

QTEST_MAIN(TestSimApiFaults)
#include "tst_simapi_faults.moc"
