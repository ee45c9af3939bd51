// PortalTransport against a fake network boundary: request shape, retries and backoff,
// concurrency and the queue, cancellation, 401 handling with an Authenticator, redirects, TLS
// failures and the redacted log. Every answer arrives from the event loop; waits go through an
// injected scheduler, so nothing here sleeps.
#include "fakenetwork.h"
#include "net/transport/portaltransport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace coopdesk::net;
using Method = PortalRequest::Method;
using E = QNetworkReply::NetworkError;

Q_DECLARE_METATYPE(coopdesk::net::ErrorKind)

namespace {

const QByteArray kPortal = "https://coop.smarthub.coop";
const QString kEmail = u"jo+coop@example.org"_qs;

// A certificate made for this test only (openssl req -x509, EC P-256, CN below).
const QByteArray kTestCaPem = R"(-----BEGIN CERTIFICATE-----
MIIBojCCAUegAwIBAgIUQ5XAH9GUeNq9fckGMGFAUEzlflowCgYIKoZIzj0EAwIw
JTEjMCEGA1UEAwwaQ29vcERlc2sgdHJhbnNwb3J0IHRlc3QgQ0EwIBcNMjYxMTIy
MDMxNzQ5WhgPMjEyNjEwMjkwMzE3NDlaMCUxIzAhBgNVBAMMGkNvb3BEZXNrIHRy
YW5zcG9ydCB0ZXN0IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEic0u9yxV
w5JIPU/cATB/0spvjN5x3VsNBL1SkOMmE4DJursMzEsiWkEa78beNLiV2pmAKW0N
7r5KEK5Zzwx7T6NTMFEwHQYDVR0OBBYEFKQroIzhKt90Ckbv1rYRWDfsddYzMB8G
A1UdIwQYMBaAFKQroIzhKt90Ckbv1rYRWDfsddYzMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSQAwRgIhAOnm6GBI0hITrKVbmSLGazGw8N1DwSb7FpvPAdON
OU8KAiEA8LVEQaDTsyVEZAZa/MtDpAQkmBFw8bG7nZsM4LZ6SyA=
-----END CERTIFICATE-----
)";

// What one call delivered: how many finished() signals, and the last response.
struct Outcome
{
    int count = 0;
    PortalResponse response;
    ErrorKind kind() const { return response.error.kind; }
};

std::shared_ptr<Outcome> watch(PortalCall *call, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &PortalCall::finished, context,
                     [outcome](const PortalResponse &response) {
                         ++outcome->count;
                         outcome->response = response;
                     });
    return outcome;
}

PortalRequest get(const QString &path)
{
    PortalRequest request;
    request.path = path;
    return request;
}

// Hands out a bearer; 401s are answered by the test, as a Session would after a re-login.
class FakeAuthenticator : public Authenticator
{
public:
    using Resume = std::function<void(bool, PortalError)>;
    QByteArray token = "old-token";
    QByteArray user = "jo+coop@example.org";
    int authorizeCalls = 0;
    QList<Resume> waiting;
    std::function<void(Resume)> onNext; // set: answers at once instead of queueing

    void authorize(QNetworkRequest &request) override
    {
        ++authorizeCalls;
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("X-Nisc-Smarthub-Username", user);
    }
    void onUnauthorized(Resume resume) override
    {
        if (onNext)
            onNext(std::move(resume));
        else
            waiting.append(std::move(resume));
    }
    void resumeAll(bool renewed, const PortalError &error = {})
    {
        const QList<Resume> all = std::exchange(waiting, {});
        for (const Resume &resume : all)
            resume(renewed, error);
    }
};

// Log lines of coopdesk.net, captured with debug on.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// After the rules (ctest sets QT_LOGGING_RULES=*.debug=false, which wins over setFilterRules()).
void netDebugOn(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "coopdesk.net") == 0)
        category->setEnabled(QtDebugMsg, true);
}
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "coopdesk.net")
        g_logLines.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestNetTransportCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestShape();
    void formPostAndDelete();
    void absoluteUrlToAnotherHost();
    void insecureUrlsAreRefusedBeforeSending();
    void responseCarriesStatusHeadersAndBody();
    void progressIsForwarded();

    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void backoffSequenceGoesThroughTheScheduler();
    void retriesStopAtMaxAttempts();
    void retryAfterIsHonoured();
    void longRetryAfterIsNotWaitedOut();
    void permanentFailuresAreNotRetried_data();
    void permanentFailuresAreNotRetried();
    void paymentsAreNeverResent();
    void truncatedAnswersAreRetriedOnlyForGet();
    void hangingReplyTimesOut();
    void tlsFailureIsNeverIgnored();

    void concurrencyIsCapped();
    void queueIsFifoAndPriorityJumpsIt();
    void backoffDoesNotHoldASlot();

    void cancelQueuedCall();
    void cancelHangingCall();
    void cancelDuringBackoff();
    void cancelAll();
    void destroyingTheTransportDropsCalls();
    void receiverDeletesTheTransport();
    void replyFinishedBeforeItWasHandedBack();

    void unauthorizedStormIsReplayedOnce();
    void secondUnauthorizedEndsTheSession();
    void renewalRefusedFailsWithItsError();
    void unauthorizedWithoutAuthenticator();
    void unauthenticatedUnauthorizedIsBadCredentials();
    void synchronousRenewalAndStaleResumes();
    void waitingForRenewalFreesTheSlot();

    void sameHostRedirectKeepsCredentials();
    void offHostRedirectDropsCredentials();
    void httpsToHttpRedirectIsRefused();
    void redirectCapIsEnforced();
    void redirectMethodRules();

    void logIsOneRedactedLinePerAttempt();

private:
    PortalTransport &transport(PortalConfig config = {});
    PortalConfig defaultConfig() const;
    void immediateScheduler();

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<PortalTransport> m_transport;
    FakeAuthenticator m_auth;
    QList<int> m_waits;
    QList<std::function<void()>> m_deferred;
};

PortalConfig TestNetTransportCalls::defaultConfig() const
{
    PortalConfig config;
    config.baseUrl = QUrl(QString::fromLatin1(kPortal));
    config.extraCaCertificates = QSslCertificate::fromData(kTestCaPem);
    config.timeoutMs = 12'345;
    return config;
}

PortalTransport &TestNetTransportCalls::transport(PortalConfig config)
{
    if (config.baseUrl.isEmpty())
        config = defaultConfig();
    m_transport = std::make_unique<PortalTransport>(config, m_network.get());
    m_transport->setRandomSeed(42);
    immediateScheduler();
    return *m_transport;
}

void TestNetTransportCalls::immediateScheduler()
{
    m_transport->setScheduler([this](int ms, QObject *, std::function<void()> task) {
        m_waits.append(ms);
        task();
    });
}

void TestNetTransportCalls::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_auth = FakeAuthenticator {};
    m_waits.clear();
    m_deferred.clear();
    transport();
}

void TestNetTransportCalls::cleanup()
{
    m_transport.reset();
    m_network.reset();
}

// ---- request shape ----------------------------------------------------------------------

void TestNetTransportCalls::requestShape()
{
    QCOMPARE(QSslCertificate::fromData(kTestCaPem).size(), 1);
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::json("[]"));
    PortalRequest request = get(u"/services/secured/billing"_qs);
    request.query.addQueryItem(u"userId"_qs, kEmail);
    request.query.addQueryItem(u"accountNumber"_qs, u"1000123401"_qs);
    request.headers.emplaceBack("CassandraCacheable", "USE_CACHE");
    auto outcome = watch(m_transport->send(request), this);
    QCOMPARE(outcome->count, 0); // never synchronous
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);

    QCOMPARE(m_network->requests().size(), 1);
    const SeenRequest &seen = m_network->requests().first();
    QCOMPARE(seen.verb, QByteArray("GET"));
    // '+' and '@' percent-encoded: a '+' left bare would reach the portal as a space.
    QCOMPARE(seen.url.toString(QUrl::FullyEncoded),
             u"https://coop.smarthub.coop/services/secured/billing?"
             "userId=jo%2Bcoop%40example.org&accountNumber=1000123401"_qs);
    QCOMPARE(seen.header("User-Agent"), PortalTransport::userAgent());
    QVERIFY(seen.header("User-Agent").startsWith("CoopDesk/"));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QCOMPARE(seen.header("CassandraCacheable"), QByteArray("USE_CACHE"));
    QCOMPARE(seen.header("Authorization"), QByteArray("Bearer old-token"));
    QCOMPARE(seen.header("X-Nisc-Smarthub-Username"), QByteArray("jo+coop@example.org"));
    QVERIFY(!seen.hasHeader("Content-Type"));
    QCOMPARE(seen.request.transferTimeout(), 12'345);
    QCOMPARE(seen.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    const QList<QSslCertificate> cas = seen.request.sslConfiguration().caCertificates();
    QVERIFY(cas.contains(QSslCertificate::fromData(kTestCaPem).first()));
    // The configured CA is added to the defaults, not put in their place.
    QVERIFY(cas.size() >= QSslConfiguration::defaultConfiguration().caCertificates().size());
    QCOMPARE(seen.request.sslConfiguration().peerVerifyMode(),
             QSslConfiguration::defaultConfiguration().peerVerifyMode());
    QCOMPARE(m_auth.authorizeCalls, 1);
}

void TestNetTransportCalls::formPostAndDelete()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::json(R"({"status":"SUCCESS"})"));
    PortalRequest login;
    login.method = Method::Post;
    login.path = u"/services/oauth/auth/v2"_qs;
    login.body = "userId=jo%2Bcoop%40example.org&password=p%26ss";
    login.contentType = "application/x-www-form-urlencoded";
    login.authenticated = false;
    auto loggedIn = watch(m_transport->send(login), this);
    QTRY_COMPARE(loggedIn->count, 1);
    QCOMPARE(loggedIn->kind(), ErrorKind::None);
    const SeenRequest &post = m_network->requests().at(0);
    QCOMPARE(post.verb, QByteArray("POST"));
    QCOMPARE(post.body, login.body);
    QCOMPARE(post.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!post.hasHeader("Authorization")); // the login call carries no bearer
    QCOMPARE(m_auth.authorizeCalls, 0);

    m_network->enqueue(FakeAnswer::status(204));
    PortalRequest remove = get(u"/services/secured/notifications/7"_qs);
    remove.method = Method::Delete;
    auto removed = watch(m_transport->send(remove), this);
    QTRY_COMPARE(removed->count, 1);
    QCOMPARE(removed->kind(), ErrorKind::None);
    QCOMPARE(m_network->requests().at(1).verb, QByteArray("DELETE"));

    m_network->enqueue(FakeAnswer::json("{}"));
    PortalRequest json;
    json.method = Method::Post;
    json.path = u"/services/secured/utility-usage/poll"_qs;
    json.body = R"({"timeFrame":"DAILY"})";
    json.contentType = "application/json";
    auto polled = watch(m_transport->send(json), this);
    QTRY_COMPARE(polled->count, 1);
    QCOMPARE(m_network->requests().at(2).header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(m_network->requests().at(2).body, json.body);

    // PUT (issue 4's settings): the body and its type go as for POST, with the bearer.
    m_network->enqueue(FakeAnswer::json(R"({"paperless":true,"accounts":[]})"));
    PortalRequest put;
    put.method = Method::Put;
    put.path = u"/services/secured/paperless"_qs;
    put.body = R"({"paperless":true})";
    put.contentType = "application/json";
    auto stored = watch(m_transport->send(put), this);
    QTRY_COMPARE(stored->count, 1);
    QCOMPARE(stored->kind(), ErrorKind::None);
    const SeenRequest &seen = m_network->requests().at(3);
    QCOMPARE(seen.verb, QByteArray("PUT"));
    QCOMPARE(seen.body, put.body);
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(seen.hasHeader("Authorization"));
    QCOMPARE(PortalRequest::methodName(Method::Put), QByteArray("PUT"));
}

void TestNetTransportCalls::absoluteUrlToAnotherHost()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::json("{}"));
    PortalRequest weather;
    weather.absoluteUrl = QUrl(u"https://archive-api.open-meteo.com/v1/archive?latitude=44.5"_qs);
    weather.query.addQueryItem(u"daily"_qs, u"temperature_2m_mean"_qs);
    weather.authenticated = true; // even so: the bearer belongs to the portal alone
    auto outcome = watch(m_transport->send(weather), this);
    QTRY_COMPARE(outcome->count, 1);
    const SeenRequest &seen = m_network->requests().first();
    QCOMPARE(seen.url.toString(),
             u"https://archive-api.open-meteo.com/v1/archive?latitude=44.5&daily=temperature_2m_mean"_qs);
    QVERIFY(!seen.hasHeader("Authorization"));
    QVERIFY(!seen.hasHeader("X-Nisc-Smarthub-Username"));
    QCOMPARE(m_auth.authorizeCalls, 0);
}

void TestNetTransportCalls::insecureUrlsAreRefusedBeforeSending()
{
    PortalRequest plain;
    plain.absoluteUrl = QUrl(u"http://archive-api.open-meteo.com/v1/archive"_qs);
    auto refused = watch(m_transport->send(plain), this);
    QCOMPARE(refused->count, 0); // the caller gets to connect first
    QTRY_COMPARE(refused->count, 1);
    QCOMPARE(refused->kind(), ErrorKind::InsecurePortal);

    // A plain-http base is refused too (a PortalConfig built without normalizeBaseUrl()).
    PortalConfig config = defaultConfig();
    config.baseUrl = QUrl(u"http://coop.smarthub.coop"_qs);
    config.allowInsecureLoopback = true;
    transport(config);
    auto base = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(base->count, 1);
    QCOMPARE(base->kind(), ErrorKind::InsecurePortal);

    // Loopback http when allowed goes out.
    config.baseUrl = QUrl(u"http://127.0.0.1:8080"_qs);
    transport(config);
    m_network->enqueue(FakeAnswer::json("{}"));
    auto loopback = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(loopback->count, 1);
    QCOMPARE(loopback->kind(), ErrorKind::None);
    QCOMPARE(m_network->requests().size(), 1);

    config.allowInsecureLoopback = false;
    transport(config);
    auto notAllowed = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(notAllowed->count, 1);
    QCOMPARE(notAllowed->kind(), ErrorKind::InsecurePortal);
    QCOMPARE(m_network->requests().size(), 1);

    PortalConfig none;
    none.baseUrl = QUrl();
    m_transport = std::make_unique<PortalTransport>(none, m_network.get());
    auto noBase = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(noBase->count, 1);
    QCOMPARE(noBase->kind(), ErrorKind::Invalid);
}

void TestNetTransportCalls::responseCarriesStatusHeadersAndBody()
{
    FakeAnswer answer = FakeAnswer::json(R"([{"account":"1000123401"}])", 200);
    answer.headers.emplaceBack("X-Request-Id", "abc");
    m_network->enqueue(answer);
    auto outcome = watch(m_transport->send(get(u"/services/secured/accounts"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->response.httpStatus, 200);
    QCOMPARE(outcome->response.body, QByteArray(R"([{"account":"1000123401"}])"));
    QCOMPARE(outcome->response.header("x-request-id"), QByteArray("abc"));
    QCOMPARE(outcome->response.header("CONTENT-TYPE"), QByteArray("application/json"));
    QVERIFY(outcome->response.header("missing").isNull());

    // Failures keep the answer too (the session reads the login's 500 text).
    m_network->enqueue(FakeAnswer::text("Your data could not be verified.", "text/plain", 500));
    PortalRequest login = get(u"/services/oauth/auth/v2"_qs);
    login.authenticated = false;
    auto mfa = watch(m_transport->send(login), this);
    QTRY_COMPARE(mfa->count, 1);
    QCOMPARE(mfa->kind(), ErrorKind::MfaRejected);
    QCOMPARE(mfa->response.httpStatus, 500);
    QCOMPARE(mfa->response.body, QByteArray("Your data could not be verified."));
}

void TestNetTransportCalls::progressIsForwarded()
{
    m_network->enqueue(FakeAnswer::json(QByteArray(1000, ' ') + "{}"));
    PortalCall *call = m_transport->send(get(u"/big"_qs));
    QSignalSpy progress(call, &PortalCall::progress);
    auto outcome = watch(call, this);
    QTRY_COMPARE(outcome->count, 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 1002);
}

// ---- retries ------------------------------------------------------------------------------

void TestNetTransportCalls::transientFailuresAreRetried_data()
{
    QTest::addColumn<FakeAnswer>("failure");
    QTest::newRow("refused") << FakeAnswer::fail(E::ConnectionRefusedError);
    QTest::newRow("host not found") << FakeAnswer::fail(E::HostNotFoundError);
    QTest::newRow("remote closed") << FakeAnswer::fail(E::RemoteHostClosedError);
    QTest::newRow("transfer timeout") << FakeAnswer::transferTimeout();
    QTest::newRow("Qt TimeoutError") << FakeAnswer::fail(E::TimeoutError);
    QTest::newRow("502") << FakeAnswer::text("<html>Bad Gateway</html>", "text/html", 502);
    QTest::newRow("503") << FakeAnswer::status(503);
    QTest::newRow("504") << FakeAnswer::status(504);
    QTest::newRow("429") << FakeAnswer::status(429);
}

void TestNetTransportCalls::transientFailuresAreRetried()
{
    QFETCH(FakeAnswer, failure);
    m_network->enqueue(failure);
    m_network->enqueue(FakeAnswer::json("{\"ok\":true}"));
    auto outcome = watch(m_transport->send(get(u"/services/secured/accounts"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(outcome->response.body, QByteArray("{\"ok\":true}"));
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_waits.size(), 1);
}

void TestNetTransportCalls::backoffSequenceGoesThroughTheScheduler()
{
    PortalConfig config = defaultConfig();
    config.maxAttempts = 6;
    transport(config);
    for (int i = 0; i < 5; ++i)
        m_network->enqueue(FakeAnswer::status(503));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(m_network->requests().size(), 6);
    // Seed 42, attempts 2..6: the same numbers tst_net_transport_rules pins, each within
    // its cap of 500, 1000, 2000, 4000, 8000 ms.
    QCOMPARE(m_waits, (QList<int> { 304, 568, 1496, 2491, 4875 }));
}

void TestNetTransportCalls::retriesStopAtMaxAttempts()
{
    for (int i = 0; i < 5; ++i)
        m_network->enqueue(FakeAnswer::status(503));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::PortalError);
    QCOMPARE(outcome->response.error.httpStatus, 503);
    QCOMPARE(m_network->requests().size(), 3); // maxAttempts
    QCOMPARE(m_waits.size(), 2);

    PortalRequest once = get(u"/y"_qs);
    once.retryTransient = false;
    m_network->enqueue(FakeAnswer::status(503));
    auto single = watch(m_transport->send(once), this);
    QTRY_COMPARE(single->count, 1);
    QCOMPARE(m_network->requests().size(), 4);
}

void TestNetTransportCalls::retryAfterIsHonoured()
{
    m_network->enqueue(FakeAnswer::status(429, { { "Retry-After", "7" } }));
    m_network->enqueue(FakeAnswer::status(503, { { "Retry-After", "2" } }));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(m_waits, (QList<int> { 7000, 2000 }));
}

void TestNetTransportCalls::longRetryAfterIsNotWaitedOut()
{
    m_network->enqueue(FakeAnswer::status(429, { { "Retry-After", "3600" } }));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::RateLimited);
    QCOMPARE(outcome->response.error.retryAfterSeconds, 3600);
    QVERIFY(m_waits.isEmpty());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestNetTransportCalls::permanentFailuresAreNotRetried_data()
{
    QTest::addColumn<FakeAnswer>("answer");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << FakeAnswer::status(500) << true << ErrorKind::PortalError;
    QTest::newRow("400") << FakeAnswer::status(400) << true << ErrorKind::Invalid;
    QTest::newRow("403") << FakeAnswer::status(403) << true << ErrorKind::Forbidden;
    QTest::newRow("404") << FakeAnswer::status(404) << true << ErrorKind::NotFound;
    QTest::newRow("409") << FakeAnswer::status(409) << true << ErrorKind::Conflict;
    QTest::newRow("422") << FakeAnswer::status(422) << true << ErrorKind::Invalid;
    QTest::newRow("html page") << FakeAnswer::html() << true << ErrorKind::UnexpectedAnswer;
    QTest::newRow("not json") << FakeAnswer::text("OK", "application/json", 200) << true
                              << ErrorKind::UnexpectedAnswer;
    QTest::newRow("mfa 500") << FakeAnswer::text("Your data could not be verified.", "text/plain", 500)
                             << false << ErrorKind::MfaRejected;
    QTest::newRow("login 401") << FakeAnswer::status(401) << false << ErrorKind::BadCredentials;
    QTest::newRow("tls") << FakeAnswer::tlsFailure() << true << ErrorKind::Tls;
}

void TestNetTransportCalls::permanentFailuresAreNotRetried()
{
    QFETCH(FakeAnswer, answer);
    QFETCH(bool, authenticated);
    QFETCH(ErrorKind, kind);
    m_network->setResponder([answer](const SeenRequest &) { return answer; });
    PortalRequest request = get(u"/x"_qs);
    request.authenticated = authenticated;
    auto outcome = watch(m_transport->send(request), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), kind);
    QCOMPARE(m_network->requests().size(), 1);
    QVERIFY(m_waits.isEmpty());
    QVERIFY(!outcome->response.error.message().isEmpty());
}

void TestNetTransportCalls::paymentsAreNeverResent()
{
    const QList<FakeAnswer> failures { FakeAnswer::status(503), FakeAnswer::transferTimeout(),
                                       FakeAnswer::fail(E::RemoteHostClosedError),
                                       FakeAnswer::status(429, { { "Retry-After", "1" } }),
                                       FakeAnswer::truncated(R"({"status":"APPROVED"})", 5) };
    for (const FakeAnswer &failure : failures) {
        m_network->resetCounters();
        m_network->setResponder([failure](const SeenRequest &) { return failure; });
        PortalRequest pay;
        pay.method = Method::Post;
        pay.path = u"/services/secured/payments"_qs;
        pay.body = R"({"idempotencyKey":"k-1","amount":"12.34"})";
        pay.contentType = "application/json";
        pay.retryTransient = false;
        auto outcome = watch(m_transport->send(pay), this);
        QTRY_COMPARE(outcome->count, 1);
        QVERIFY(outcome->response.error.isError());
        QCOMPARE(m_network->requests().size(), 1);
    }
    QVERIFY(m_waits.isEmpty());
}

void TestNetTransportCalls::truncatedAnswersAreRetriedOnlyForGet()
{
    const QByteArray full = R"([{"account":"1000123401","serviceLocations":["30001"]}])";
    m_network->enqueue(FakeAnswer::truncated(full, 10));
    m_network->enqueue(FakeAnswer::json(full));
    auto fetched = watch(m_transport->send(get(u"/services/secured/accounts"_qs)), this);
    QTRY_COMPARE(fetched->count, 1);
    QCOMPARE(fetched->kind(), ErrorKind::None);
    QCOMPARE(fetched->response.body, full);
    QCOMPARE(m_network->requests().size(), 2);

    // A POST whose answer was cut may have done its work: not sent again, even if allowed.
    m_network->enqueue(FakeAnswer::truncated(full, 10));
    PortalRequest poll;
    poll.method = Method::Post;
    poll.path = u"/services/secured/utility-usage/poll"_qs;
    poll.body = "{}";
    poll.contentType = "application/json";
    auto posted = watch(m_transport->send(poll), this);
    QTRY_COMPARE(posted->count, 1);
    QCOMPARE(posted->kind(), ErrorKind::UnexpectedAnswer);
    QCOMPARE(m_network->requests().size(), 3);

    // The same cut answer, every time: UnexpectedAnswer once the attempts are spent.
    m_network->resetCounters();
    m_network->setResponder([full](const SeenRequest &) { return FakeAnswer::truncated(full, 10); });
    auto failed = watch(m_transport->send(get(u"/services/secured/accounts"_qs)), this);
    QTRY_COMPARE(failed->count, 1);
    QCOMPARE(failed->kind(), ErrorKind::UnexpectedAnswer);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestNetTransportCalls::hangingReplyTimesOut()
{
    // Qt's transfer timeout aborts a silent reply: modelled by a hang the test times out.
    m_network->enqueue(FakeAnswer::hang());
    m_network->enqueue(FakeAnswer::json("{}"));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(m_network->hangingReplies().size(), 1);
    QCOMPARE(m_network->hangingReplies().first()->request().transferTimeout(), 12'345);
    QCOMPARE(outcome->count, 0);
    m_network->hangingReplies().first()->release(FakeAnswer::transferTimeout());
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None); // retried after the timeout
    QCOMPARE(m_network->requests().size(), 2);

    PortalRequest once = get(u"/y"_qs);
    once.retryTransient = false;
    m_network->enqueue(FakeAnswer::transferTimeout());
    auto timedOut = watch(m_transport->send(once), this);
    QTRY_COMPARE(timedOut->count, 1);
    QCOMPARE(timedOut->kind(), ErrorKind::Timeout);
}

void TestNetTransportCalls::tlsFailureIsNeverIgnored()
{
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::tlsFailure(); });
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::Tls);
    QVERIFY2(outcome->response.error.detail.contains(
                 QSslError(QSslError::SelfSignedCertificate).errorString()),
             qPrintable(outcome->response.error.detail));
    QVERIFY(outcome->response.error.detail.contains(
        QSslError(QSslError::HostNameMismatch).errorString()));
    QCOMPARE(m_network->blanketSslIgnores(), 0);
    QCOMPARE(m_network->listedSslIgnores(), 0);
    QCOMPARE(m_network->requests().size(), 1);
}

// ---- concurrency ----------------------------------------------------------------------------

void TestNetTransportCalls::concurrencyIsCapped()
{
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::json("{}"); });
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 10; ++i)
        outcomes.append(watch(m_transport->send(get(u"/call/%1"_qs.arg(i))), this));
    QCOMPARE(m_transport->inFlight(), 4);
    QCOMPARE(m_transport->queued(), 6);
    QCOMPARE(m_network->openReplies(), 4);
    for (const auto &outcome : outcomes)
        QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(m_network->requests().size(), 10);
    QCOMPARE(m_network->maxOpenReplies(), 4);
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(m_transport->queued(), 0);

    // The same with replies that hang until released one at a time.
    m_network->resetCounters();
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::hang(); });
    outcomes.clear();
    for (int i = 0; i < 10; ++i)
        outcomes.append(watch(m_transport->send(get(u"/held/%1"_qs.arg(i))), this));
    int done = 0;
    while (done < 10) {
        QTRY_VERIFY(!m_network->hangingReplies().isEmpty());
        QVERIFY(m_network->openReplies() <= 4);
        m_network->hangingReplies().first()->release(FakeAnswer::json("{}"));
        ++done;
        QTRY_COMPARE(outcomes.at(done - 1)->count, 1);
    }
    QCOMPARE(m_network->maxOpenReplies(), 4);
}

void TestNetTransportCalls::queueIsFifoAndPriorityJumpsIt()
{
    PortalConfig config = defaultConfig();
    config.maxConcurrent = 1;
    transport(config);
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::json("{}"); });
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 4; ++i)
        outcomes.append(watch(m_transport->send(get(u"/n/%1"_qs.arg(i))), this));
    PortalRequest login = get(u"/services/oauth/auth/v2"_qs);
    login.priority = true;
    outcomes.append(watch(m_transport->send(login), this));
    for (const auto &outcome : outcomes)
        QTRY_COMPARE(outcome->count, 1);
    QStringList order;
    for (const SeenRequest &seen : m_network->requests())
        order.append(seen.url.path());
    QCOMPARE(order, (QStringList { u"/n/0"_qs, u"/services/oauth/auth/v2"_qs, u"/n/1"_qs,
                                   u"/n/2"_qs, u"/n/3"_qs }));
}

void TestNetTransportCalls::backoffDoesNotHoldASlot()
{
    PortalConfig config = defaultConfig();
    config.maxConcurrent = 1;
    transport(config);
    m_transport->setScheduler([this](int ms, QObject *, std::function<void()> task) {
        m_waits.append(ms);
        m_deferred.append(std::move(task));
    });
    m_network->enqueue(FakeAnswer::status(503));
    m_network->enqueue(FakeAnswer::json("{\"second\":1}"));
    m_network->enqueue(FakeAnswer::json("{\"first\":1}"));
    auto first = watch(m_transport->send(get(u"/first"_qs)), this);
    auto second = watch(m_transport->send(get(u"/second"_qs)), this);
    QCOMPARE(m_transport->queued(), 1);
    // The first call fails and waits; the second one uses the only slot meanwhile.
    QTRY_COMPARE(second->count, 1);
    QCOMPARE(first->count, 0);
    QCOMPARE(m_deferred.size(), 1);
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(m_transport->queued(), 0);
    m_deferred.takeFirst()();
    QTRY_COMPARE(first->count, 1);
    QCOMPARE(first->response.body, QByteArray("{\"first\":1}"));
}

// ---- cancellation -----------------------------------------------------------------------------

void TestNetTransportCalls::cancelQueuedCall()
{
    PortalConfig config = defaultConfig();
    config.maxConcurrent = 1;
    transport(config);
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::json("{}"); });
    auto first = watch(m_transport->send(get(u"/a"_qs)), this);
    PortalCall *queued = m_transport->send(get(u"/b"_qs));
    auto cancelled = watch(queued, this);
    QCOMPARE(m_transport->queued(), 1);
    queued->cancel();
    QCOMPARE(cancelled->count, 1); // at once
    QCOMPARE(cancelled->kind(), ErrorKind::Cancelled);
    QCOMPARE(m_transport->queued(), 0);
    queued->cancel(); // a second cancel (the object lives until the event loop) is a no-op
    QCOMPARE(cancelled->count, 1);
    QTRY_COMPARE(first->count, 1);
    QCOMPARE(m_network->requests().size(), 1); // never went out
    QCOMPARE(cancelled->count, 1);
}

void TestNetTransportCalls::cancelHangingCall()
{
    PortalConfig config = defaultConfig();
    config.maxConcurrent = 1;
    transport(config);
    m_network->enqueue(FakeAnswer::hang());
    m_network->enqueue(FakeAnswer::json("{}"));
    PortalCall *hanging = m_transport->send(get(u"/hang"_qs));
    auto cancelled = watch(hanging, this);
    auto next = watch(m_transport->send(get(u"/next"_qs)), this);
    QTRY_COMPARE(m_network->hangingReplies().size(), 1);
    QCOMPARE(m_transport->inFlight(), 1);
    QCOMPARE(m_transport->queued(), 1);
    hanging->cancel();
    QCOMPARE(cancelled->count, 1);
    QCOMPARE(cancelled->kind(), ErrorKind::Cancelled);
    QCOMPARE(m_network->abortedReplies(), 1);
    QTRY_COMPARE(next->count, 1); // the slot was freed
    QCOMPARE(next->kind(), ErrorKind::None);
    QTest::qWait(0);
    QCOMPARE(cancelled->count, 1);
}

void TestNetTransportCalls::cancelDuringBackoff()
{
    m_transport->setScheduler([this](int ms, QObject *, std::function<void()> task) {
        m_waits.append(ms);
        m_deferred.append(std::move(task));
    });
    m_network->enqueue(FakeAnswer::status(503));
    PortalCall *call = m_transport->send(get(u"/x"_qs));
    auto outcome = watch(call, this);
    QTRY_COMPARE(m_deferred.size(), 1);
    call->cancel();
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::Cancelled);
    m_deferred.takeFirst()(); // the timer would still fire: nothing happens
    QTest::qWait(0);
    QCOMPARE(outcome->count, 1);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestNetTransportCalls::cancelAll()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->setResponder([](const SeenRequest &seen) {
        return seen.url.path() == u"/unauthorized" ? FakeAnswer::status(401) : FakeAnswer::hang();
    });
    QList<std::shared_ptr<Outcome>> outcomes;
    outcomes.append(watch(m_transport->send(get(u"/unauthorized"_qs)), this));
    QTRY_COMPARE(m_auth.waiting.size(), 1); // one call waits for a renewal
    for (int i = 0; i < 7; ++i)
        outcomes.append(watch(m_transport->send(get(u"/h/%1"_qs.arg(i))), this));
    QCOMPARE(m_transport->inFlight(), 4);
    QCOMPARE(m_transport->queued(), 3);
    m_transport->cancelAll();
    for (const auto &outcome : outcomes) {
        QCOMPARE(outcome->count, 1);
        QCOMPARE(outcome->kind(), ErrorKind::Cancelled);
    }
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(m_transport->queued(), 0);
    QCOMPARE(m_network->requests().size(), 5); // the 3 queued ones never went out
    m_auth.resumeAll(true);                    // a late renewal changes nothing
    QTest::qWait(0);
    QCOMPARE(m_network->requests().size(), 5);
    for (const auto &outcome : outcomes)
        QCOMPARE(outcome->count, 1);
}

void TestNetTransportCalls::destroyingTheTransportDropsCalls()
{
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::hang(); });
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(m_network->hangingReplies().size(), 1);
    m_transport.reset();
    QTRY_COMPARE(m_network->openReplies(), 0);
    QCOMPARE(outcome->count, 0);
}

void TestNetTransportCalls::receiverDeletesTheTransport()
{
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::json("{}"); });
    auto outcome = watch(m_transport->send(get(u"/a"_qs)), this);
    auto other = watch(m_transport->send(get(u"/b"_qs)), this);
    PortalCall *queued = m_transport->send(get(u"/c"_qs));
    connect(queued, &PortalCall::finished, this, [this] { m_transport.reset(); });
    queued->cancel(); // finishes at once; the slot above destroys the transport
    QVERIFY(!m_transport);
    QTest::qWait(0);
    QCOMPARE(outcome->count, 0); // dropped quietly with the transport
    QCOMPARE(other->count, 0);
}

void TestNetTransportCalls::replyFinishedBeforeItWasHandedBack()
{
    FakeAnswer cached = FakeAnswer::json("{\"cached\":1}");
    cached.atOnce = true;
    m_network->enqueue(cached);
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QCOMPARE(outcome->count, 0);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(outcome->response.body, QByteArray("{\"cached\":1}"));
}

// ---- 401 and the Authenticator ----------------------------------------------------------------

void TestNetTransportCalls::unauthorizedStormIsReplayedOnce()
{
    m_transport->setAuthenticator(&m_auth);
    // The portal accepts only the renewed token.
    m_network->setResponder([](const SeenRequest &seen) {
        return seen.header("Authorization") == "Bearer new-token" ? FakeAnswer::json("{}")
                                                                  : FakeAnswer::status(401);
    });
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 50; ++i)
        outcomes.append(watch(m_transport->send(get(u"/services/secured/c/%1"_qs.arg(i))), this));
    // Every call got its 401 and asks for a renewal; none holds a slot while it waits.
    QTRY_COMPARE(m_auth.waiting.size(), 50);
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(m_transport->queued(), 0);
    QCOMPARE(m_network->requests().size(), 50);
    for (const auto &outcome : outcomes)
        QCOMPARE(outcome->count, 0);

    m_auth.token = "new-token";
    m_auth.resumeAll(true);
    for (const auto &outcome : outcomes) {
        QTRY_COMPARE(outcome->count, 1);
        QCOMPARE(outcome->kind(), ErrorKind::None);
    }
    QCOMPARE(m_network->requests().size(), 100);
    QHash<QString, int> sent;
    for (const SeenRequest &seen : m_network->requests())
        ++sent[seen.url.path()];
    QCOMPARE(sent.size(), 50);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QCOMPARE(it.value(), 2); // once with the old token, replayed exactly once
    for (qsizetype i = 50; i < 100; ++i)
        QCOMPARE(m_network->requests().at(i).header("Authorization"), QByteArray("Bearer new-token"));
    QCOMPARE(m_auth.authorizeCalls, 100);
    QVERIFY(m_network->maxOpenReplies() <= 4);
    QVERIFY(m_waits.isEmpty()); // a 401 is not a transient failure
}

void TestNetTransportCalls::secondUnauthorizedEndsTheSession()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::status(401); });
    auto outcome = watch(m_transport->send(get(u"/services/secured/user-data"_qs)), this);
    QTRY_COMPARE(m_auth.waiting.size(), 1);
    m_auth.token = "new-token";
    m_auth.resumeAll(true);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::SessionExpired);
    QCOMPARE(outcome->response.httpStatus, 401);
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY(m_auth.waiting.isEmpty()); // no second renewal asked for by this call
}

void TestNetTransportCalls::renewalRefusedFailsWithItsError()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->setResponder([](const SeenRequest &) { return FakeAnswer::status(401); });
    auto locked = watch(m_transport->send(get(u"/a"_qs)), this);
    auto plain = watch(m_transport->send(get(u"/b"_qs)), this);
    QTRY_COMPARE(m_auth.waiting.size(), 2);
    m_auth.waiting.at(0)(false, PortalError::make(ErrorKind::Locked, u"LOCKED"_qs));
    m_auth.waiting.at(1)(false, PortalError::none());
    m_auth.waiting.clear();
    QCOMPARE(locked->count, 1);
    QCOMPARE(locked->kind(), ErrorKind::Locked);
    QCOMPARE(plain->count, 1);
    QCOMPARE(plain->kind(), ErrorKind::SessionExpired);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestNetTransportCalls::unauthorizedWithoutAuthenticator()
{
    m_network->enqueue(FakeAnswer::status(401));
    auto outcome = watch(m_transport->send(get(u"/services/secured/user-data"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::SessionExpired);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestNetTransportCalls::unauthenticatedUnauthorizedIsBadCredentials()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::status(401));
    PortalRequest login = get(u"/services/oauth/auth/v2"_qs);
    login.method = Method::Post;
    login.authenticated = false;
    auto outcome = watch(m_transport->send(login), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::BadCredentials);
    QVERIFY(m_auth.waiting.isEmpty());
    QCOMPARE(m_auth.authorizeCalls, 0);
}

void TestNetTransportCalls::synchronousRenewalAndStaleResumes()
{
    m_transport->setAuthenticator(&m_auth);
    // A renewal that is already done: the authenticator answers inside onUnauthorized().
    FakeAuthenticator::Resume kept;
    m_auth.onNext = [this, &kept](FakeAuthenticator::Resume resume) {
        m_auth.token = "new-token";
        kept = resume;
        resume(true, {});
    };
    m_network->enqueue(FakeAnswer::status(401));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto outcome = watch(m_transport->send(get(u"/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(m_network->requests().at(1).header("Authorization"), QByteArray("Bearer new-token"));
    // Answering again, after the call is done (and deleted), does nothing.
    QTest::qWait(0);
    kept(false, PortalError::make(ErrorKind::Locked));
    kept(true, {});
    QCOMPARE(outcome->count, 1);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestNetTransportCalls::waitingForRenewalFreesTheSlot()
{
    // One slot: the call waiting for a renewal must not block the re-login it waits for.
    PortalConfig config = defaultConfig();
    config.maxConcurrent = 1;
    transport(config);
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::status(401));
    m_network->enqueue(FakeAnswer::json(R"({"status":"SUCCESS"})"));
    m_network->enqueue(FakeAnswer::json("{\"replayed\":1}"));
    auto secured = watch(m_transport->send(get(u"/services/secured/user-data"_qs)), this);
    QTRY_COMPARE(m_auth.waiting.size(), 1);
    PortalRequest login = get(u"/services/oauth/auth/v2"_qs);
    login.method = Method::Post;
    login.authenticated = false;
    login.priority = true;
    auto relogin = watch(m_transport->send(login), this);
    QTRY_COMPARE(relogin->count, 1);
    QCOMPARE(relogin->kind(), ErrorKind::None);
    m_auth.token = "new-token";
    m_auth.resumeAll(true);
    QTRY_COMPARE(secured->count, 1);
    QCOMPARE(secured->response.body, QByteArray("{\"replayed\":1}"));
}

// ---- redirects ----------------------------------------------------------------------------------

void TestNetTransportCalls::sameHostRedirectKeepsCredentials()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::redirect(302, "/services/secured/user-data/v2?userId=x"));
    m_network->enqueue(FakeAnswer::json("[]"));
    auto outcome = watch(m_transport->send(get(u"/services/secured/user-data"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(m_network->requests().size(), 2);
    const SeenRequest &second = m_network->requests().at(1);
    QCOMPARE(second.url.toString(), u"https://coop.smarthub.coop/services/secured/user-data/v2?userId=x"_qs);
    QCOMPARE(second.header("Authorization"), QByteArray("Bearer old-token"));
    QCOMPARE(second.header("X-Nisc-Smarthub-Username"), QByteArray("jo+coop@example.org"));
    QCOMPARE(second.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(m_waits.isEmpty()); // a redirect is not a retry
}

void TestNetTransportCalls::offHostRedirectDropsCredentials()
{
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::redirect(302, "https://cdn.example.net/bill.pdf"));
    m_network->enqueue(FakeAnswer::text("%PDF-1.7", "application/pdf", 200));
    PortalRequest pdf = get(u"/services/secured/billPdfService/2026_09_01_1000123401.pdf"_qs);
    pdf.expectJson = false;
    // Credentials given as plain headers are dropped as well.
    pdf.headers.emplaceBack("authorization", "Bearer hand-made");
    pdf.headers.emplaceBack("x-nisc-smarthub-username", "jo@example.org");
    pdf.headers.emplaceBack("Accept", "application/pdf");
    auto outcome = watch(m_transport->send(pdf), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::None);
    QCOMPARE(outcome->response.body, QByteArray("%PDF-1.7"));
    QCOMPARE(m_network->requests().size(), 2);
    const SeenRequest &first = m_network->requests().at(0);
    QVERIFY(first.hasHeader("Authorization"));
    QCOMPARE(first.header("Accept"), QByteArray("application/pdf"));
    const SeenRequest &offHost = m_network->requests().at(1);
    QCOMPARE(offHost.url.host(), u"cdn.example.net"_qs);
    QVERIFY(!offHost.hasHeader("Authorization"));
    QVERIFY(!offHost.hasHeader("X-Nisc-Smarthub-Username"));
    QCOMPARE(offHost.header("Accept"), QByteArray("application/pdf"));
    QCOMPARE(m_auth.authorizeCalls, 1);

    // Another port on the same host is another origin too.
    m_network->resetCounters();
    m_network->enqueue(FakeAnswer::redirect(307, "https://coop.smarthub.coop:8443/x"));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto port = watch(m_transport->send(get(u"/services/secured/x"_qs)), this);
    QTRY_COMPARE(port->count, 1);
    QVERIFY(!m_network->requests().at(1).hasHeader("Authorization"));
}

void TestNetTransportCalls::httpsToHttpRedirectIsRefused()
{
    PortalConfig config = defaultConfig();
    config.allowInsecureLoopback = true; // even so
    transport(config);
    m_transport->setAuthenticator(&m_auth);
    m_network->enqueue(FakeAnswer::redirect(301, "http://coop.smarthub.coop/services/secured/x"));
    auto outcome = watch(m_transport->send(get(u"/services/secured/x"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::InsecurePortal);
    QCOMPARE(outcome->response.httpStatus, 301);
    QCOMPARE(m_network->requests().size(), 1);

    m_network->enqueue(FakeAnswer::redirect(302, "http://127.0.0.1:8080/x"));
    auto loopback = watch(m_transport->send(get(u"/services/secured/x"_qs)), this);
    QTRY_COMPARE(loopback->count, 1);
    QCOMPARE(loopback->kind(), ErrorKind::InsecurePortal);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestNetTransportCalls::redirectCapIsEnforced()
{
    PortalConfig config = defaultConfig();
    config.maxRedirects = 3;
    transport(config);
    int hop = 0;
    m_network->setResponder([&hop](const SeenRequest &) {
        return FakeAnswer::redirect(302, "/loop/" + QByteArray::number(++hop));
    });
    auto outcome = watch(m_transport->send(get(u"/loop/0"_qs)), this);
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->kind(), ErrorKind::UnexpectedAnswer);
    QCOMPARE(m_network->requests().size(), 4); // the request and 3 redirects
    QVERIFY(m_waits.isEmpty());
}

void TestNetTransportCalls::redirectMethodRules()
{
    PortalRequest post = get(u"/services/secured/payments"_qs);
    post.method = Method::Post;
    post.body = R"({"idempotencyKey":"k"})";
    post.contentType = "application/json";

    m_network->enqueue(FakeAnswer::redirect(307, "/services/secured/payments/v2"));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto kept = watch(m_transport->send(post), this);
    QTRY_COMPARE(kept->count, 1);
    QCOMPARE(m_network->requests().at(1).verb, QByteArray("POST"));
    QCOMPARE(m_network->requests().at(1).body, post.body);
    QCOMPARE(m_network->requests().at(1).header("Content-Type"), QByteArray("application/json"));

    m_network->enqueue(FakeAnswer::redirect(308, "/services/secured/payments/v3"));
    m_network->enqueue(FakeAnswer::redirect(303, "/services/secured/payments/result"));
    m_network->enqueue(FakeAnswer::json("{}"));
    auto changed = watch(m_transport->send(post), this);
    QTRY_COMPARE(changed->count, 1);
    QCOMPARE(m_network->requests().size(), 5);
    QCOMPARE(m_network->requests().at(3).verb, QByteArray("POST"));
    QCOMPARE(m_network->requests().at(3).body, post.body);
    QCOMPARE(m_network->requests().at(4).verb, QByteArray("GET"));
    QVERIFY(m_network->requests().at(4).body.isEmpty());
    QVERIFY(!m_network->requests().at(4).hasHeader("Content-Type"));
}

// ---- logging ---------------------------------------------------------------------------------

void TestNetTransportCalls::logIsOneRedactedLinePerAttempt()
{
    g_previousFilter = QLoggingCategory::installFilter(netDebugOn);
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);

    m_network->enqueue(FakeAnswer::status(503));
    m_network->enqueue(FakeAnswer::json("{}"));
    PortalRequest request = get(u"/services/secured/billing"_qs);
    request.label = u"billing"_qs;
    request.query.addQueryItem(u"userId"_qs, u"demo@mountainvalley.coop"_qs);
    request.query.addQueryItem(u"accountNumber"_qs, u"1000123401"_qs);
    request.query.addQueryItem(u"acctNbr"_qs, u"1000123401"_qs);
    auto billing = watch(m_transport->send(request), this);
    QTRY_COMPARE(billing->count, 1);

    m_network->enqueue(FakeAnswer::status(401));
    PortalRequest login;
    login.method = Method::Post;
    login.path = u"/services/oauth/auth/v2"_qs;
    login.query.addQueryItem(u"password"_qs, u"Demo-Valley-2026"_qs); // as a broken client would
    login.body = "userId=demo%40mountainvalley.coop&password=Demo-Valley-2026&twoFactorCode=123456";
    login.contentType = "application/x-www-form-urlencoded";
    login.authenticated = false;
    auto failed = watch(m_transport->send(login), this);
    QTRY_COMPARE(failed->count, 1);

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::installFilter(g_previousFilter);

    const QString all = g_logLines.join(u'\n');
    const QStringList attempts = g_logLines.filter(u"attempt"_qs);
    QVERIFY2(attempts.size() >= 3, qPrintable(all));
    QVERIFY2(attempts.at(0).contains(u"billing GET /services/secured/billing?"
                                     "userId=d***@mountainvalley.coop&accountNumber=****3401&"
                                     "acctNbr=****3401 -> 503"_qs),
             qPrintable(all));
    QVERIFY2(attempts.at(0).contains(u"attempt 1"_qs), qPrintable(all));
    QVERIFY2(attempts.filter(u"-> 200"_qs).first().contains(u"attempt 2"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"demo@"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"1000123401"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"Demo-Valley-2026"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"123456"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"old-token"_qs), qPrintable(all));
    QVERIFY(!failed->response.error.detail.contains(u"Demo-Valley-2026"_qs));
}

QTEST_GUILESS_MAIN(TestNetTransportCalls)
#include "tst_net_transport_calls.moc"
