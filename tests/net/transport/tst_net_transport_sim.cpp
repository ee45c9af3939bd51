// PortalTransport over real HTTPS to an in-process smarthub-sim on loopback: the CA given
// explicitly (and nothing else trusted), fault rules of the simulator met by the retry and
// classification rules, a 401 renewed by an Authenticator that logs in through the transport.
#include "net/transport/portaltransport.h"
#include "sim/api/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace coopdesk::net;
using sim::api::FaultKind;
using sim::api::FaultRule;

namespace {

const QDateTime kNow(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
const QString kEmail = u"demo@mountainvalley.coop"_qs;
const QString kPassword = u"Demo-Valley-2026"_qs;
constexpr int kWaitMs = 20'000;

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

FaultRule rule(FaultKind kind, int count = -1)
{
    FaultRule fault;
    fault.kind = kind;
    fault.pathPrefix = u"/v1/archive"_qs;
    fault.remaining = count;
    fault.runWide = true;
    return fault;
}

PortalRequest loginRequest(const QString &user, const QString &password)
{
    PortalRequest login;
    login.method = PortalRequest::Method::Post;
    login.path = u"/services/oauth/auth/v2"_qs;
    login.body = "userId=" + QUrl::toPercentEncoding(user)
        + "&password=" + QUrl::toPercentEncoding(password);
    login.contentType = "application/x-www-form-urlencoded";
    login.authenticated = false;
    login.retryTransient = false;
    login.priority = true;
    login.label = u"login"_qs;
    return login;
}

// Logs in through the same transport when a call is refused, as the Session will.
class LoginAuthenticator : public Authenticator
{
public:
    PortalTransport *transport = nullptr;
    QByteArray token = "stale";
    int renewals = 0;

    void authorize(QNetworkRequest &request) override
    {
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("X-Nisc-Smarthub-Username", kEmail.toUtf8());
    }
    void onUnauthorized(std::function<void(bool, PortalError)> resume) override
    {
        ++renewals;
        PortalCall *call = transport->send(loginRequest(kEmail, kPassword));
        QObject::connect(call, &PortalCall::finished, transport,
                         [this, resume](const PortalResponse &response) {
                             const QJsonObject body = QJsonDocument::fromJson(response.body).object();
                             token = body.value(u"authorizationToken"_qs).toString().toLatin1();
                             resume(!token.isEmpty(), response.error);
                         });
    }
};

} // namespace

class TestNetTransportSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void archiveWithTheConfiguredCa();
    void archiveWithoutTheCaIsATlsFailure();
    void status503TwiceIsRetriedToSuccess();
    void htmlInsteadOfJsonIsAnUnexpectedAnswer();
    void resetIsTransient();
    void tooManyRequestsHonoursRetryAfter();
    void truncatedAnswerIsRetriedThenReported();
    void silentPortalTimesOut();
    void mfaLoginWithoutCodeIsMfaRejected();
    void unauthorizedIsRenewedThroughTheTransport();

private:
    PortalConfig config(bool withCa = true) const;
    PortalTransport &transport(PortalConfig config);
    PortalRequest archive() const;
    QList<int> statusesOf(const QSignalSpy &spy) const;

    QDateTime m_now = kNow;
    std::unique_ptr<sim::Simulator> m_simulator;
    QList<QSslCertificate> m_ca;
    QUrl m_base;
    QNetworkAccessManager m_network;
    std::unique_ptr<PortalTransport> m_transport;
    QList<int> m_waits;
};

void TestNetTransportSim::initTestCase()
{
    sim::Simulator::Options options;
    options.clock = [this] { return m_now; };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->start(&error), qPrintable(error));

    // The CA the way a member gives it: a PEM file, read by loadCaFile().
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile pem(dir.filePath(u"sim-ca.pem"_qs));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(m_simulator->caCertificatePem());
    pem.close();
    QString whyNot;
    m_ca = PortalConfig::loadCaFile(pem.fileName(), &whyNot);
    QVERIFY2(!m_ca.isEmpty(), qPrintable(whyNot));

    const auto base = PortalConfig::normalizeBaseUrl(m_simulator->baseUrl().toString() + u'/',
                                                     false, &whyNot);
    QVERIFY2(base, qPrintable(whyNot));
    m_base = *base;
    QCOMPARE(m_base.scheme(), u"https"_qs);
}

void TestNetTransportSim::init()
{
    m_now = kNow;
    m_waits.clear();
    m_simulator->faults().clear(true);
    m_transport.reset();
    m_network.clearConnectionCache();
}

void TestNetTransportSim::cleanupTestCase()
{
    m_transport.reset();
    m_simulator.reset();
}

PortalConfig TestNetTransportSim::config(bool withCa) const
{
    PortalConfig config;
    config.baseUrl = m_base;
    if (withCa)
        config.extraCaCertificates = m_ca;
    config.timeoutMs = 10'000;
    return config;
}

PortalTransport &TestNetTransportSim::transport(PortalConfig portal)
{
    m_transport = std::make_unique<PortalTransport>(portal, &m_network);
    m_transport->setRandomSeed(42);
    m_transport->setScheduler([this](int ms, QObject *, std::function<void()> task) {
        m_waits.append(ms);
        task();
    });
    return *m_transport;
}

PortalRequest TestNetTransportSim::archive() const
{
    const sim::ServiceLocation *home = m_simulator->world().coop().location(u"30001"_qs);
    PortalRequest request;
    request.path = u"/v1/archive"_qs;
    request.authenticated = false;
    request.label = u"archive"_qs;
    request.query.addQueryItem(u"latitude"_qs, QString::number(home->latitude));
    request.query.addQueryItem(u"longitude"_qs, QString::number(home->longitude));
    request.query.addQueryItem(u"start_date"_qs, u"2026-08-01"_qs);
    request.query.addQueryItem(u"end_date"_qs, u"2026-08-07"_qs);
    request.query.addQueryItem(u"daily"_qs, u"temperature_2m_mean"_qs);
    return request;
}

QList<int> TestNetTransportSim::statusesOf(const QSignalSpy &spy) const
{
    QList<int> statuses;
    for (const QList<QVariant> &args : spy)
        statuses.append(args.at(2).toInt());
    return statuses;
}

void TestNetTransportSim::archiveWithTheConfiguredCa()
{
    transport(config());
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QVERIFY2(!outcome->response.error.isError(), qPrintable(outcome->response.error.detail));
    QCOMPARE(outcome->response.httpStatus, 200);
    const QJsonObject body = QJsonDocument::fromJson(outcome->response.body).object();
    QCOMPARE(body.value(u"daily"_qs).toObject().value(u"time"_qs).toArray().size(), 7);
}

void TestNetTransportSim::archiveWithoutTheCaIsATlsFailure()
{
    QSignalSpy handled(m_simulator.get(), &sim::Simulator::requestHandled);
    transport(config(false));
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QCOMPARE(outcome->kind(), ErrorKind::Tls);
    // Qt's own words for the certificate problem, in the (redacted) detail.
    QVERIFY2(outcome->response.error.detail.contains(u"certificate"_qs, Qt::CaseInsensitive),
             qPrintable(outcome->response.error.detail));
    QVERIFY(m_waits.isEmpty()); // a certificate problem is not retried
    QCOMPARE(handled.size(), 0); // nothing reached the portal
    QVERIFY(!outcome->response.error.message().isEmpty());
}

void TestNetTransportSim::status503TwiceIsRetriedToSuccess()
{
    FaultRule unavailable = rule(FaultKind::Status, 2);
    unavailable.status = 503;
    m_simulator->faults().add(unavailable);
    QSignalSpy handled(m_simulator.get(), &sim::Simulator::requestHandled);
    transport(config());
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QVERIFY2(!outcome->response.error.isError(), qPrintable(outcome->response.error.detail));
    QCOMPARE(statusesOf(handled), (QList<int> { 503, 503, 200 }));
    QCOMPARE(m_waits, (QList<int> { 304, 568 })); // seed 42: attempts 2 and 3
}

void TestNetTransportSim::htmlInsteadOfJsonIsAnUnexpectedAnswer()
{
    m_simulator->faults().add(rule(FaultKind::Html));
    QSignalSpy handled(m_simulator.get(), &sim::Simulator::requestHandled);
    transport(config());
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QCOMPARE(outcome->kind(), ErrorKind::UnexpectedAnswer);
    QCOMPARE(outcome->response.httpStatus, 200);
    QVERIFY(outcome->response.header("content-type").startsWith("text/html"));
    QCOMPARE(handled.size(), 1);
}

void TestNetTransportSim::resetIsTransient()
{
    // Every request reset (Qt itself re-sends once on a dropped reused connection).
    m_simulator->faults().add(rule(FaultKind::Reset));
    PortalRequest once = archive();
    once.retryTransient = false;
    transport(config());
    auto lost = watch(m_transport->send(once), this);
    QTRY_COMPARE_WITH_TIMEOUT(lost->count, 1, kWaitMs);
    QVERIFY2(lost->response.error.isTransient(), qPrintable(lost->response.error.detail));
    QCOMPARE(lost->kind(), ErrorKind::Offline);
    QCOMPARE(lost->response.httpStatus, 0);

    // Reset once, then the answer: retried to success.
    m_simulator->faults().clear(true);
    m_simulator->faults().add(rule(FaultKind::Reset, 1));
    auto recovered = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(recovered->count, 1, kWaitMs);
    QVERIFY2(!recovered->response.error.isError(), qPrintable(recovered->response.error.detail));
}

void TestNetTransportSim::tooManyRequestsHonoursRetryAfter()
{
    FaultRule busy = rule(FaultKind::TooManyRequests, 1);
    busy.retryAfterSeconds = 3;
    m_simulator->faults().add(busy);
    QSignalSpy handled(m_simulator.get(), &sim::Simulator::requestHandled);
    transport(config());
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QVERIFY2(!outcome->response.error.isError(), qPrintable(outcome->response.error.detail));
    QCOMPARE(m_waits, (QList<int> { 3000 }));
    QCOMPARE(statusesOf(handled), (QList<int> { 429, 200 }));
}

void TestNetTransportSim::truncatedAnswerIsRetriedThenReported()
{
    m_simulator->faults().add(rule(FaultKind::Truncate));
    QSignalSpy handled(m_simulator.get(), &sim::Simulator::requestHandled);
    transport(config());
    auto outcome = watch(m_transport->send(archive()), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QCOMPARE(outcome->kind(), ErrorKind::UnexpectedAnswer);
    QCOMPARE(m_waits.size(), 2); // a GET: worth asking again, up to maxAttempts
    QVERIFY(handled.size() >= 3);
}

void TestNetTransportSim::silentPortalTimesOut()
{
    // The portal says nothing for longer than the transfer timeout.
    FaultRule slow = rule(FaultKind::Latency, 1);
    slow.ms = 5'000;
    m_simulator->faults().add(slow);
    PortalConfig quick = config();
    quick.timeoutMs = 300;
    transport(quick);
    PortalRequest once = archive();
    once.retryTransient = false;
    auto outcome = watch(m_transport->send(once), this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QCOMPARE(outcome->kind(), ErrorKind::Timeout);
    QVERIFY(outcome->response.error.isTransient());
}

void TestNetTransportSim::mfaLoginWithoutCodeIsMfaRejected()
{
    transport(config());
    auto outcome = watch(m_transport->send(loginRequest(u"priya.shah@example.com"_qs,
                                                        u"Mfa-Valley-2026"_qs)),
                         this);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
    QCOMPARE(outcome->response.httpStatus, 500);
    QCOMPARE(outcome->kind(), ErrorKind::MfaRejected);
    QVERIFY(m_waits.isEmpty());
}

void TestNetTransportSim::unauthorizedIsRenewedThroughTheTransport()
{
    PortalConfig portal = config();
    portal.maxConcurrent = 1; // the re-login must still find a slot
    transport(portal);
    LoginAuthenticator authenticator;
    authenticator.transport = m_transport.get();
    m_transport->setAuthenticator(&authenticator);

    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i) {
        PortalRequest accounts;
        accounts.path = u"/services/secured/accounts"_qs;
        accounts.query.addQueryItem(u"user"_qs, kEmail);
        outcomes.append(watch(m_transport->send(accounts), this));
    }
    for (const auto &outcome : outcomes) {
        QTRY_COMPARE_WITH_TIMEOUT(outcome->count, 1, kWaitMs);
        QVERIFY2(!outcome->response.error.isError(), qPrintable(outcome->response.error.detail));
        const QJsonArray accounts = QJsonDocument::fromJson(outcome->response.body).array();
        QVERIFY(!accounts.isEmpty());
    }
    QVERIFY(authenticator.renewals >= 1);
    QVERIFY(authenticator.token != "stale");
}

QTEST_GUILESS_MAIN(TestNetTransportSim)
#include "tst_net_transport_sim.moc"
