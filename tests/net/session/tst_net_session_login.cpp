// Login as the member meets it: every answer of smarthub-api.md 2.3 against smarthub-sim over
// HTTPS (success, FAILURE, MFA required / rejected / accepted, lockout, an HTML page, a password
// full of form delimiters), what reaches the network when it fails, and the answer reader on
// shapes the simulator never sends.

#include "net/session/loginexchange.h"
#include "net/session/totp.h"
#include "sim/api/faults.h"
#include "simportal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace coopdesk::net;
using namespace sessiontest;

namespace {

struct Outcome
{
    std::optional<LoginInfo> info;
    PortalError error;
};

// Logs in and waits for the one answer (loggedIn or loginFailed).
Outcome logIn(Session &session, const Credentials &credentials)
{
    QSignalSpy ok(&session, &Session::loggedIn);
    QSignalSpy failed(&session, &Session::loginFailed);
    session.login(credentials);
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 10000))
        return { std::nullopt, PortalError::make(ErrorKind::Timeout, u"test timed out"_qs) };
    if (ok.size() + failed.size() != 1)
        return { std::nullopt, PortalError::make(ErrorKind::None, u"two answers"_qs) };
    if (!ok.isEmpty())
        return { ok.first().first().value<LoginInfo>(), {} };
    return { std::nullopt, failed.first().first().value<PortalError>() };
}

PortalResponse jsonAnswer(const QJsonObject &object, int status = 200)
{
    PortalResponse response;
    response.httpStatus = status;
    response.headers = { { "Content-Type", "application/json" } };
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

class TestNetSessionLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<SimPortal>();
        sim::SimulatorOptions options;
        options.lockoutThreshold = 3;
        QVERIFY(m_portal->start(options));
        m_session = std::make_unique<Session>(m_portal->transport.get());
        m_session->setClock(m_portal->clock());
    }
    void cleanup()
    {
        m_session.reset();
        m_portal.reset();
    }

    void success()
    {
        const Outcome outcome = logIn(*m_session, credentials(kDemoEmail, kDemoPassword));
        QVERIFY2(outcome.info, qPrintable(outcome.error.detail));
        const LoginInfo &info = *outcome.info;
        QCOMPARE(info.token.count(u'.'), 2); // a JWT
        QCOMPARE(info.username, kDemoEmail);
        QCOMPARE(info.primaryUsername, kDemoEmail);
        // `expiration` is epoch seconds: now + 299 s.
        QCOMPARE(info.expiresAtMs, m_portal->now.addSecs(299).toMSecsSinceEpoch());
        QVERIFY(!info.secondaryRegistration);
        QCOMPARE(m_session->state(), Session::State::Active);
        QVERIFY(m_session->isActive());
        QCOMPARE(m_session->info().token, info.token);
        // Renewal is planned 30 s before the end.
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addSecs(299 - 30).toMSecsSinceEpoch());
        QCOMPARE(m_portal->logins, 1);

        // The session authorizes calls: user-data needs the bearer and the username header.
        const PortalResponse answer = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(answer.httpStatus, 200);
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.detail));
    }

    void secondaryRegistration()
    {
        const Outcome outcome = logIn(*m_session, credentials(kSecondaryEmail, kSecondaryPassword));
        QVERIFY2(outcome.info, qPrintable(outcome.error.detail));
        QCOMPARE(outcome.info->username, kSecondaryEmail);
        QCOMPARE(outcome.info->primaryUsername, kPrimaryOfSecondary);
        QVERIFY(outcome.info->secondaryRegistration);
    }

    void wrongPassword()
    {
        const Outcome outcome = logIn(*m_session, credentials(kDemoEmail, u"Not-The-Password"_qs));
        QVERIFY(!outcome.info);
        QCOMPARE(outcome.error.kind, ErrorKind::BadCredentials);
        QVERIFY(!outcome.error.message().isEmpty());
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
        QVERIFY(!m_session->hasPassword()); // forgotten at once
        QVERIFY(m_session->info().token.isEmpty());
        QCOMPARE(m_session->renewalDueAtMs(), 0);
        QCOMPARE(m_portal->logins, 1); // never retried
    }

    void unknownUser()
    {
        const Outcome outcome
            = logIn(*m_session, credentials(u"nobody@example.org"_qs, kDemoPassword));
        QCOMPARE(outcome.error.kind, ErrorKind::BadCredentials);
    }

    void mfaRequired()
    {
        const Outcome outcome = logIn(*m_session, credentials(kMfaEmail, kMfaPassword));
        QVERIFY(!outcome.info);
        QCOMPARE(outcome.error.kind, ErrorKind::MfaRequired);
        QCOMPARE(outcome.error.httpStatus, 500);
        QCOMPARE(m_portal->logins, 1); // a 500 here is not transient: not retried
    }

    void mfaRejected()
    {
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        // A code from far outside the accepted window: certainly wrong now.
        c.totpCode = Totp::fromSecret(kMfaSecret)->codeAt(m_portal->now.toSecsSinceEpoch() - 3600);
        const Outcome outcome = logIn(*m_session, c);
        QCOMPARE(outcome.error.kind, ErrorKind::MfaRejected);
        QCOMPARE(m_portal->logins, 1);
    }

    void mfaWithStoredSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("base32") << kMfaSecret;
        QTest::newRow("grouped lower case") << u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"_qs;
        QTest::newRow("otpauth URI")
            << u"otpauth://totp/MVEC:priya.shah%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=MVEC"_qs;
    }
    void mfaWithStoredSecret()
    {
        QFETCH(QString, secret);
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpSecret = secret;
        // The code must come from the session's clock (the simulator's "now"), not the wall clock.
        m_portal->now = m_portal->now.addSecs(12345);
        const Outcome outcome = logIn(*m_session, c);
        QVERIFY2(outcome.info, qPrintable(outcome.error.detail));
        QCOMPARE(outcome.info->username, kMfaEmail);
    }

    void mfaWithTypedCode()
    {
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpCode = Totp::fromSecret(kMfaSecret)->codeAt(m_portal->now.toSecsSinceEpoch());
        const Outcome outcome = logIn(*m_session, c);
        QVERIFY2(outcome.info, qPrintable(outcome.error.detail));
    }

    void mfaUnreadableSecret()
    {
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpSecret = u"not base32: 0189!"_qs;
        const Outcome outcome = logIn(*m_session, c);
        QCOMPARE(outcome.error.kind, ErrorKind::MfaRejected);
        QCOMPARE(m_portal->logins, 0); // nothing sent with a code that cannot be right
    }

    void lockout()
    {
        // Threshold 3: two FAILUREs, then the attempt that reaches it answers LOCKED, and so
        // does every later one, even with the right password.
        QCOMPARE(logIn(*m_session, credentials(kLockEmail, u"wrong-1"_qs)).error.kind,
                 ErrorKind::BadCredentials);
        QCOMPARE(logIn(*m_session, credentials(kLockEmail, u"wrong-2"_qs)).error.kind,
                 ErrorKind::BadCredentials);
        const Outcome locked = logIn(*m_session, credentials(kLockEmail, u"wrong-3"_qs));
        QCOMPARE(locked.error.kind, ErrorKind::Locked);
        QVERIFY(locked.error.message() != PortalError::make(ErrorKind::BadCredentials).message());
        QCOMPARE(logIn(*m_session, credentials(kLockEmail, kLockPassword)).error.kind,
                 ErrorKind::Locked);
        QCOMPARE(m_portal->logins, 4);
    }

    void htmlInsteadOfJson()
    {
        sim::api::FaultRule html;
        html.kind = sim::api::FaultKind::Html;
        html.pathPrefix = kLoginPath;
        m_portal->simulator->faults().add(html);
        const Outcome outcome = logIn(*m_session, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(outcome.error.kind, ErrorKind::UnexpectedAnswer);
        QVERIFY(outcome.error.detail.contains(u"HTML"_qs));
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
    }

    void portalError()
    {
        sim::api::FaultRule down;
        down.kind = sim::api::FaultKind::Status;
        down.status = 500;
        down.pathPrefix = kLoginPath;
        m_portal->simulator->faults().add(down);
        const Outcome outcome = logIn(*m_session, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(outcome.error.kind, ErrorKind::PortalError);
        QCOMPARE(outcome.error.httpStatus, 500);
    }

    void passwordWithFormDelimiters()
    {
        // The simulator's members are fixed; give the demo member a password made of what a
        // hand-built form body gets wrong ('+' read as a space, '&' and '#' ending the value,
        // '%41' decoded as 'A', '=' in a value, non-ASCII), as a member could choose.
        const QString password = u"p+a&s%s#w =rd%41\u00fc+"_qs;
        const sim::Coop &coop = m_portal->simulator->world().coop();
        // The World owns a non-const Coop; only its accessor is const.
        auto &members = const_cast<sim::Coop &>(coop).members;
        for (sim::Member &member : members) {
            if (member.email == kDemoEmail)
                member.password = password;
        }
        QCOMPARE(coop.member(kDemoEmail)->password, password);

        const Outcome outcome = logIn(*m_session, credentials(kDemoEmail, password));
        QVERIFY2(outcome.info, qPrintable(outcome.error.detail));
        // and the near misses a wrong encoding would produce are refused
        QCOMPARE(logIn(*m_session, credentials(kDemoEmail, u"p a"_qs)).error.kind,
                 ErrorKind::BadCredentials);
    }

    void unreachablePortal()
    {
        // A port that was just ours and is now closed: connection refused.
        const QUrl base = m_portal->simulator->baseUrl();
        const QByteArray ca = m_portal->simulator->caCertificatePem();
        m_portal->simulator->stop();
        PortalConfig config;
        config.baseUrl = base;
        config.maxAttempts = 1;
        config.extraCaCertificates = QSslCertificate::fromData(ca);
        PortalTransport transport(config, &m_portal->network);
        Session session(&transport);
        const Outcome outcome = logIn(session, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(outcome.error.kind, ErrorKind::Offline);
    }

    void untrustedCertificate()
    {
        // Without the simulator's CA the handshake must fail; nothing is ignored.
        PortalConfig config;
        config.baseUrl = m_portal->simulator->baseUrl();
        PortalTransport transport(config, &m_portal->network);
        Session session(&transport);
        const Outcome outcome = logIn(session, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(outcome.error.kind, ErrorKind::Tls);
        QCOMPARE(m_portal->logins, 0);
    }

    // --- what is sent ---

    void formBodyEncodesEverything()
    {
        const QByteArray body
            = loginexchange::formBody({ { u"userId"_qs, u"a+b@x.org"_qs },
                                        { u"password"_qs, u"p+a&s%s#w =rd%41\u00fc"_qs } });
        QCOMPARE(body,
                 QByteArray("userId=a%2Bb%40x.org&password=p%2Ba%26s%25s%23w%20%3Drd%2541%C3%BC"));
        // and a form decoder gets the exact values back
        const QUrlQuery decoded(QString::fromLatin1(body));
        QCOMPARE(decoded.queryItemValue(u"password"_qs, QUrl::FullyDecoded),
                 u"p+a&s%s#w =rd%41\u00fc"_qs);
    }

    void loginRequestShape()
    {
        const PortalRequest request = loginexchange::loginRequest(kDemoEmail, u"pw"_qs, {});
        QCOMPARE(request.method, PortalRequest::Method::Post);
        QCOMPARE(request.path, kLoginPath);
        QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!request.authenticated);
        QVERIFY(request.query.isEmpty()); // never in the URL
        QVERIFY(!request.body.contains("twoFactorCode"));
        const PortalRequest withCode
            = loginexchange::loginRequest(kDemoEmail, u"pw"_qs, u"012345"_qs);
        QVERIFY(withCode.body.endsWith("&twoFactorCode=012345"));
        const PortalRequest refresh = loginexchange::refreshRequest(u"a.b.c"_qs);
        QCOMPARE(refresh.path, kRefreshPath);
        QCOMPARE(refresh.body, QByteArray("token=a.b.c"));
        QVERIFY(!refresh.authenticated);
    }

    // --- the answer reader on shapes the simulator does not send ---

    void readAnswer_data()
    {
        QTest::addColumn<PortalResponse>("response");
        QTest::addColumn<bool>("codeSent");
        QTest::addColumn<ErrorKind>("kind");

        const QJsonObject good { { u"status"_qs, u"SUCCESS"_qs },
                                 { u"authorizationToken"_qs, u"h.p.s"_qs },
                                 { u"username"_qs, kDemoEmail },
                                 { u"expiration"_qs, 1789063499 },
                                 { u"expiresIn"_qs, 299 } };
        QTest::newRow("success") << jsonAnswer(good) << false << ErrorKind::None;
        QJsonObject noToken = good;
        noToken.remove(u"authorizationToken"_qs);
        QTest::newRow("SUCCESS without a token")
            << jsonAnswer(noToken) << false << ErrorKind::BadCredentials;
        QTest::newRow("FAILURE") << jsonAnswer(
            { { u"status"_qs, u"FAILURE"_qs }, { u"isBusinessUser"_qs, false } })
                                 << false << ErrorKind::BadCredentials;
        QTest::newRow("invented status")
            << jsonAnswer({ { u"status"_qs, u"INVALID_CREDENTIALS"_qs } }) << false
            << ErrorKind::BadCredentials;
        QTest::newRow("no status") << jsonAnswer({}) << false << ErrorKind::BadCredentials;
        QTest::newRow("LOCKED") << jsonAnswer({ { u"status"_qs, u"LOCKED"_qs } }) << false
                                << ErrorKind::Locked;
        QJsonObject noExpiry = good;
        noExpiry.remove(u"expiration"_qs);
        noExpiry.remove(u"expiresIn"_qs);
        QTest::newRow("no expiry at all")
            << jsonAnswer(noExpiry) << false << ErrorKind::UnexpectedAnswer;

        PortalResponse html;
        html.httpStatus = 200;
        html.headers = { { "Content-Type", "text/html" } };
        html.body = "<!DOCTYPE html><html><body>Sign in</body></html>";
        QTest::newRow("HTML") << html << false << ErrorKind::UnexpectedAnswer;
        PortalResponse garbage = html;
        garbage.headers = { { "Content-Type", "application/json" } };
        garbage.body = "{\"status\":\"SUCC";
        QTest::newRow("truncated JSON") << garbage << false << ErrorKind::UnexpectedAnswer;
        PortalResponse array = garbage;
        array.body = "[]";
        QTest::newRow("array") << array << false << ErrorKind::UnexpectedAnswer;

        PortalResponse mfa;
        mfa.httpStatus = 500;
        mfa.body = "Your data could not be verified. If the problem persists, please contact "
                   "customer service.";
        mfa.error = PortalError::make(ErrorKind::MfaRejected, u"HTTP 500"_qs, 500);
        QTest::newRow("500 MFA, no code") << mfa << false << ErrorKind::MfaRequired;
        QTest::newRow("500 MFA, code sent") << mfa << true << ErrorKind::MfaRejected;
        PortalResponse unauthorized;
        unauthorized.httpStatus = 401;
        unauthorized.error = PortalError::make(ErrorKind::SessionExpired, u"HTTP 401"_qs, 401);
        QTest::newRow("401") << unauthorized << false << ErrorKind::BadCredentials;
        PortalResponse offline;
        offline.error = PortalError::make(ErrorKind::Offline, u"refused"_qs);
        QTest::newRow("offline") << offline << false << ErrorKind::Offline;
    }
    void readAnswer()
    {
        QFETCH(PortalResponse, response);
        QFETCH(bool, codeSent);
        QFETCH(ErrorKind, kind);
        const loginexchange::Answer answer
            = loginexchange::readAnswer(response, codeSent, kDemoEmail);
        QCOMPARE(answer.error.kind, kind);
        QCOMPARE(answer.info.has_value(), kind == ErrorKind::None);
        // No detail ever quotes a secret.
        QVERIFY(!answer.error.detail.contains(u"h.p.s"_qs));
    }

    void readAnswerFields()
    {
        // `expiration` in milliseconds by mistake, booleans as strings, no username: still read.
        const loginexchange::Answer answer
            = loginexchange::readAnswer(jsonAnswer({ { u"status"_qs, u"SUCCESS"_qs },
                                                     { u"authorizationToken"_qs, u"h.p.s"_qs },
                                                     { u"expiration"_qs, 1789063499000.0 },
                                                     { u"isSecondaryRegistration"_qs, u"true"_qs },
                                                     { u"isBusinessUser"_qs, true } }),
                                        false, kDemoEmail);
        QVERIFY(answer.info);
        QCOMPARE(answer.info->expiresAtMs, 1789063499000LL);
        QCOMPARE(answer.info->username, kDemoEmail);
        QCOMPARE(answer.info->primaryUsername, kDemoEmail);
        QVERIFY(answer.info->secondaryRegistration);
        QVERIFY(answer.info->businessUser);
        QCOMPARE(answer.lifetimeSeconds, -1);

        // Only the JWT says when it expires: its `exp` claim.
        const QByteArray payload
            = QByteArray(R"({"sub":"x","exp":1789063499})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9."_qs + QString::fromLatin1(payload) + u".sig"_qs;
        const loginexchange::Answer fromJwt = loginexchange::readAnswer(
            jsonAnswer({ { u"status"_qs, u"SUCCESS"_qs }, { u"authorizationToken"_qs, jwt } }),
            false, kDemoEmail);
        QVERIFY(fromJwt.info);
        QCOMPARE(fromJwt.info->expiresAtMs, 1789063499000LL);
    }

private:
    std::unique_ptr<SimPortal> m_portal;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestNetSessionLogin)
#include "tst_net_session_login.moc"
