// Login, MFA, lockout, refresh and the secured-route checks, over real HTTPS to an in-process
// simulator whose clock the test holds.
#include "simclient.h"

#include <QDataStream>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace {

const QDateTime kStart(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(COOPDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// RFC 6238 written again here, independently of sim::api::Totp, so the two check each other.
QString referenceTotp(const QByteArray &key, qint64 unixSeconds, int digits = 6)
{
    QByteArray counter;
    QDataStream stream(&counter, QIODevice::WriteOnly); // big-endian, as RFC 4226 wants
    stream << quint64(unixSeconds / 30);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.back() & 0xf;
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(mac.at(offset + i));
    value &= 0x7fffffff;
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(value % modulus, digits, 10, QLatin1Char('0'));
}

// The base32 secret GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ is RFC 6238's SHA-1 seed.
const QByteArray kRfcKey = "12345678901234567890";

QByteArray jwtPart(const QByteArray &token, int index)
{
    return QByteArray::fromBase64(token.split('.').value(index),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestSimApiAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void loginSuccessHasTheCapturedKeysAndAJwt();
    void loginFailureShape();
    void loginReadsParametersFromTheQueryStringToo();
    void referenceTotpMatchesTheRfcVector();
    void mfaNeedsAValidCode();
    void lockoutAfterFailuresAndAdminUnlock();
    void refreshIssuesANewToken();
    void refreshDisabledAnswers401();
    void securedRoutesNeedBearerAndUsername();
    void tokenExpiresByTheInjectedClock();
    void otherMembersAccountsAre403();
    void userDataIsGetOnly();
    void secondaryRegistrationUsesPrimaryUsername();

private:
    sim::Simulator::Options options();

    QDateTime m_now = kStart;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<SimClient> m_client;
};

sim::Simulator::Options TestSimApiAuth::options()
{
    sim::Simulator::Options o;
    o.clock = [this] {
        return m_now;
    };
    return o;
}

void TestSimApiAuth::initTestCase()
{
    m_simulator = std::make_unique<sim::Simulator>(options());
    QString error;
    QVERIFY2(m_simulator->start(&error), qPrintable(error));
    QCOMPARE(m_simulator->baseUrl().scheme(), u"https"_qs);
    m_client = std::make_unique<SimClient>(*m_simulator);
}

void TestSimApiAuth::cleanupTestCase()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSimApiAuth::init()
{
    m_now = kStart;
}

void TestSimApiAuth::loginSuccessHasTheCapturedKeysAndAJwt()
{
    const HttpResult result = m_client->login(demo::kEmail, demo::kPassword);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    const QJsonObject body = result.object();

    QStringList expected = fixture(u"login.json"_qs).keys();
    QVERIFY(!expected.isEmpty());
    expected.append(u"authorizationToken"_qs);
    expected.sort();
    QCOMPARE(body.keys(), expected);

    QCOMPARE(body.value(u"status"_qs).toString(), u"SUCCESS"_qs);
    QCOMPARE(body.value(u"username"_qs).toString(), demo::kEmail);
    QCOMPARE(body.value(u"primaryUsername"_qs).toString(), demo::kEmail);
    QCOMPARE(body.value(u"expiresIn"_qs).toInt(), 299);
    QCOMPARE(body.value(u"expiration"_qs).toInteger(), kStart.toSecsSinceEpoch() + 299);

    const QByteArray token = body.value(u"authorizationToken"_qs).toString().toLatin1();
    QCOMPARE(token.count('.'), 2);
    const QJsonObject header = QJsonDocument::fromJson(jwtPart(token, 0)).object();
    QCOMPARE(header, (QJsonObject { { u"alg"_qs, u"HS256"_qs }, { u"typ"_qs, u"JWT"_qs } }));
    const QJsonObject payload = QJsonDocument::fromJson(jwtPart(token, 1)).object();
    QCOMPARE(payload.value(u"exp"_qs).toInteger(), body.value(u"expiration"_qs).toInteger());
    QCOMPARE(payload.value(u"iat"_qs).toInteger(), kStart.toSecsSinceEpoch());
    QCOMPARE(payload.value(u"sub"_qs).toString(), demo::kEmail);
    QCOMPARE(jwtPart(token, 2).size(), 32); // HMAC-SHA256
}

void TestSimApiAuth::loginFailureShape()
{
    const QJsonObject failure { { u"status"_qs, u"FAILURE"_qs }, { u"isBusinessUser"_qs, false } };
    HttpResult result = m_client->login(demo::kEmail, u"not-the-password"_qs);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object(), failure);
    result = m_client->login(u"nobody@example.com"_qs, u"whatever"_qs);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object(), failure);
    QVERIFY(m_client->post(u"/__admin/unlock"_qs, {}, "text/plain").status == 200);
}

void TestSimApiAuth::loginReadsParametersFromTheQueryStringToo()
{
    // gagata's first releases sent the credentials as query parameters on the POST.
    const QString query = u"/services/oauth/auth/v2?userId="_qs
        + QString::fromLatin1(QUrl::toPercentEncoding(demo::kEmail)) + u"&password="_qs
        + QString::fromLatin1(QUrl::toPercentEncoding(demo::kPassword));
    const HttpResult result = m_client->post(query, {}, "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(u"status"_qs).toString(), u"SUCCESS"_qs);
}

void TestSimApiAuth::referenceTotpMatchesTheRfcVector()
{
    QCOMPARE(referenceTotp(kRfcKey, 59, 8), u"94287082"_qs);
    QCOMPARE(referenceTotp(kRfcKey, 1111111109, 8), u"07081804"_qs);
    QCOMPARE(referenceTotp(kRfcKey, 20000000000, 8), u"65353130"_qs);
}

void TestSimApiAuth::mfaNeedsAValidCode()
{
    const QByteArray mfaMessage = "Your data could not be verified. If the problem persists, "
                                  "please contact customer service.";
    HttpResult result = m_client->login(demo::kMfaEmail, demo::kMfaPassword);
    QCOMPARE(result.status, 500);
    QVERIFY(result.header("content-type").startsWith("text/plain"));
    QCOMPARE(result.body, mfaMessage);

    const QString code = referenceTotp(kRfcKey, m_now.toSecsSinceEpoch());
    const QString wrong
        = QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
    result = m_client->login(demo::kMfaEmail, demo::kMfaPassword, wrong);
    QCOMPARE(result.status, 500);
    QCOMPARE(result.body, mfaMessage);

    // A code from three steps ago is outside the one-step allowance.
    result = m_client->login(demo::kMfaEmail, demo::kMfaPassword,
                             referenceTotp(kRfcKey, m_now.toSecsSinceEpoch() - 90));
    QCOMPARE(result.status, 500);

    const auto session = m_client->signIn(demo::kMfaEmail, demo::kMfaPassword, code);
    QVERIFY(session);
    QCOMPARE(session->username, demo::kMfaEmail);
    // The previous step's code still works (clock drift allowance).
    QVERIFY(m_client->signIn(demo::kMfaEmail, demo::kMfaPassword,
                             referenceTotp(kRfcKey, m_now.toSecsSinceEpoch() - 30)));
}

void TestSimApiAuth::lockoutAfterFailuresAndAdminUnlock()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(
            m_client->login(demo::kOtherEmail, u"wrong"_qs).object().value(u"status"_qs).toString(),
            u"FAILURE"_qs);
    const QJsonObject locked {
        { u"status"_qs, u"LOCKED"_qs },
        { u"message"_qs,
          u"Invalid login. Repeated failed login attempts will lock your account."_qs },
        { u"isBusinessUser"_qs, false }
    };
    HttpResult result = m_client->login(demo::kOtherEmail, u"wrong"_qs);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object(), locked);
    // Locked stays locked, even with the right password and a later clock.
    m_now = m_now.addDays(1);
    QCOMPARE(m_client->login(demo::kOtherEmail, demo::kOtherPassword).object(), locked);
    const QJsonArray lockedUsers
        = m_client->get(u"/__admin/state"_qs).object().value(u"lockedUsers"_qs).toArray();
    QVERIFY(lockedUsers.contains(demo::kOtherEmail));

    result = m_client->post(u"/__admin/unlock?user="_qs + demo::kOtherEmail, {}, "text/plain");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(u"unlocked"_qs).toArray(), QJsonArray { demo::kOtherEmail });
    QVERIFY(m_client->signIn(demo::kOtherEmail, demo::kOtherPassword));
}

void TestSimApiAuth::refreshIssuesANewToken()
{
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    m_now = m_now.addSecs(200);
    const QByteArray form = "token=" + QUrl::toPercentEncoding(QString::fromLatin1(session->token));
    HttpResult result = m_client->post(u"/services/oauth/auth/v2/refresh"_qs, form,
                                       "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.object();
    QCOMPARE(body.value(u"status"_qs).toString(), u"SUCCESS"_qs);
    const QByteArray renewed = body.value(u"authorizationToken"_qs).toString().toLatin1();
    QVERIFY(!renewed.isEmpty() && renewed != session->token);
    QCOMPARE(body.value(u"expiration"_qs).toInteger(), m_now.toSecsSinceEpoch() + 299);

    // The renewed token outlives the first one.
    m_now = m_now.addSecs(150);
    const RawHeaders renewedHeaders { { "Authorization", "Bearer " + renewed },
                                      { "X-Nisc-Smarthub-Username", demo::kEmail.toUtf8() } };
    QCOMPARE(m_client->get(u"/services/secured/user-data?userId="_qs + demo::kEmail, renewedHeaders)
                 .status,
             200);
    QCOMPARE(
        m_client->get(u"/services/secured/user-data?userId="_qs + demo::kEmail, session->headers())
            .status,
        401);
    // An expired token cannot be refreshed; neither can junk.
    QCOMPARE(
        m_client
            ->post(u"/services/oauth/auth/v2/refresh"_qs, form, "application/x-www-form-urlencoded")
            .status,
        401);
    QCOMPARE(m_client
                 ->post(u"/services/oauth/auth/v2/refresh"_qs, "token=abc.def.ghi",
                        "application/x-www-form-urlencoded")
                 .status,
             401);
}

void TestSimApiAuth::refreshDisabledAnswers401()
{
    sim::Simulator::Options o = options();
    o.refreshEnabled = false;
    sim::Simulator noRefresh(o);
    QVERIFY(noRefresh.start());
    SimClient client(noRefresh);
    const auto session = client.signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const HttpResult result
        = client.post(u"/services/oauth/auth/v2/refresh"_qs, "token=" + session->token,
                      "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 401);
    QCOMPARE(result.error, QNetworkReply::AuthenticationRequiredError);
    // The way back is a new login.
    QVERIFY(client.signIn(demo::kEmail, demo::kPassword));
}

void TestSimApiAuth::securedRoutesNeedBearerAndUsername()
{
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const QString path = u"/services/secured/user-data?userId="_qs + demo::kEmail;
    QCOMPARE(m_client->get(path, session->headers()).status, 200);

    HttpResult result = m_client->get(path);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.object().value(u"status"_qs).toInt(), 401);
    QCOMPARE(result.object().value(u"path"_qs).toString(), u"/services/secured/user-data"_qs);

    // Bearer without the username header (GAR: user-data answers 401 without it).
    QCOMPARE(m_client->get(path, { { "Authorization", "Bearer " + session->token } }).status, 401);
    // Username of someone else.
    QCOMPARE(m_client
                 ->get(path,
                       { { "Authorization", "Bearer " + session->token },
                         { "X-Nisc-Smarthub-Username", "terry.blake@example.com" } })
                 .status,
             401);
    // The header name and the email are case-insensitive.
    QCOMPARE(m_client
                 ->get(path,
                       { { "authorization", "bearer " + session->token },
                         { "x-nisc-smarthub-username", demo::kEmail.toUpper().toUtf8() } })
                 .status,
             200);
    QCOMPARE(m_client
                 ->get(path,
                       { { "Authorization", "Bearer not.a.token" },
                         { "X-Nisc-Smarthub-Username", demo::kEmail.toUtf8() } })
                 .status,
             401);
}

void TestSimApiAuth::tokenExpiresByTheInjectedClock()
{
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const QString path = u"/services/secured/accounts?user="_qs + demo::kEmail;
    m_now = QDateTime::fromSecsSinceEpoch(session->expiration - 1, Qt::UTC);
    QCOMPARE(m_client->get(path, session->headers()).status, 200);
    m_now = QDateTime::fromSecsSinceEpoch(session->expiration, Qt::UTC);
    const HttpResult result = m_client->get(path, session->headers());
    QCOMPARE(result.status, 401);
    QCOMPARE(result.error, QNetworkReply::AuthenticationRequiredError);
}

void TestSimApiAuth::otherMembersAccountsAre403()
{
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const QString message = u"The current user does not have access to make this service call"_qs;
    const QStringList paths {
        u"/services/secured/billing?userId="_qs + demo::kEmail + u"&accountNumber="_qs
            + demo::kOtherAccount,
        u"/services/secured/billing/history/overview?acctNbr="_qs + demo::kOtherAccount,
        u"/services/secured/service-locations/"_qs + demo::kOtherLocation,
        u"/services/secured/payments/history?accountNumber="_qs + demo::kOtherAccount,
        u"/services/secured/user-data?userId="_qs + demo::kOtherEmail,
    };
    for (const QString &path : paths) {
        const HttpResult result = m_client->get(path, session->headers());
        QVERIFY2(result.status == 403, qPrintable(path));
        QCOMPARE(result.error, QNetworkReply::ContentAccessDenied);
        QCOMPARE(result.object().value(u"message"_qs).toString(), message);
    }
    const HttpResult poll = m_client->postJson(
        u"/services/secured/utility-usage/poll"_qs,
        pollRequest(u"DAILY"_qs, kStart.addDays(-3).toMSecsSinceEpoch(),
                    kStart.addDays(-1).toMSecsSinceEpoch(), u"USAGE_EXPLORER"_qs,
                    demo::kOtherAccount, demo::kOtherLocation),
        session->headers());
    QCOMPARE(poll.status, 403);
    // The member's own account, with a location of another account, is refused as well.
    const HttpResult mixed = m_client->postJson(
        u"/services/secured/utility-usage/poll"_qs,
        pollRequest(u"DAILY"_qs, kStart.addDays(-3).toMSecsSinceEpoch(),
                    kStart.addDays(-1).toMSecsSinceEpoch(), u"USAGE_EXPLORER"_qs,
                    demo::kHomeAccount, demo::kOtherLocation),
        session->headers());
    QCOMPARE(mixed.status, 403);
}

void TestSimApiAuth::userDataIsGetOnly()
{
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    const HttpResult result
        = m_client->post(u"/services/secured/user-data?userId="_qs + demo::kEmail, "{}",
                         "application/json", session->headers());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("allow"), QByteArray("GET"));
    // An unknown path is Spring's 404.
    QCOMPARE(m_client->get(u"/services/secured/no-such-thing"_qs, session->headers()).status, 404);
}

void TestSimApiAuth::secondaryRegistrationUsesPrimaryUsername()
{
    const auto session = m_client->signIn(u"casey.lee@example.net"_qs, u"Secondary-Valley-2026"_qs);
    QVERIFY(session);
    const HttpResult login
        = m_client->login(u"casey.lee@example.net"_qs, u"Secondary-Valley-2026"_qs);
    QCOMPARE(login.object().value(u"primaryUsername"_qs).toString(), u"morgan.lee@example.com"_qs);
    QCOMPARE(login.object().value(u"isSecondaryRegistration"_qs).toBool(), true);
    const HttpResult userData = m_client->get(
        u"/services/secured/user-data?userId=morgan.lee@example.com"_qs, session->headers());
    QCOMPARE(userData.status, 200);
    QVERIFY(!userData.array().isEmpty());
}

QTEST_MAIN(TestSimApiAuth)
#include "tst_simapi_auth.moc"
