// The session that keeps itself alive, against smarthub-sim over HTTPS with one injected clock:
// renewal by refresh and (refresh off) by re-login with a fresh TOTP code, the password asked
// for once after adoptToken(), a storm of 50 requests with an expired token answered by exactly
// one login, a portal that keeps refusing ending the session, transient renewal failures
// retried, and logout forgetting everything. Nobody sleeps: the tests move the clock and call
// renew() where the timer would fire (one test lets the real timer fire on a 0-delay plan).

#include "net/session/totp.h"
#include "sim/api/faults.h"
#include "simportal.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk::net;
using namespace sessiontest;

namespace {

// Waits for the session to be logged in.
bool logIn(Session &session, const Credentials &credentials)
{
    QSignalSpy ok(&session, &Session::loggedIn);
    QSignalSpy failed(&session, &Session::loginFailed);
    session.login(credentials);
    return QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000)
        && !ok.isEmpty();
}

sim::api::FaultRule fault(sim::api::FaultKind kind, const QString &path)
{
    sim::api::FaultRule rule;
    rule.kind = kind;
    rule.pathPrefix = path;
    return rule;
}

} // namespace

class TestNetSessionRenewal : public QObject
{
    Q_OBJECT

private:
    // A simulator with `options`, a session on a transport to it, both on the same clock.
    bool setUp(sim::SimulatorOptions options = {}, PortalConfig config = {})
    {
        m_portal = std::make_unique<SimPortal>();
        if (!m_portal->start(options, config))
            return false;
        m_session = std::make_unique<Session>(m_portal->transport.get());
        m_session->setClock(m_portal->clock());
        return true;
    }

    // Moves the shared clock to the planned renewal.
    void advanceToRenewal()
    {
        const qint64 due = m_session->renewalDueAtMs();
        QVERIFY(due > 0);
        m_portal->now = QDateTime::fromMSecsSinceEpoch(due, Qt::UTC);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_session.reset();
        m_portal.reset();
    }

    void authorizeAddsBearerAndUsername()
    {
        QVERIFY(setUp());
        QNetworkRequest before;
        m_session->authorize(before);
        QVERIFY(!before.hasRawHeader("Authorization")); // nothing to add when logged out

        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        QNetworkRequest request;
        m_session->authorize(request);
        QCOMPARE(request.rawHeader("Authorization"),
                 "Bearer " + m_session->info().token.toLatin1());
        QCOMPARE(request.rawHeader("X-Nisc-Smarthub-Username"), kDemoEmail.toUtf8());
    }

    void renewsByRefresh()
    {
        sim::SimulatorOptions options;
        options.tokenLifetimeSeconds = 120;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const QString first = m_session->info().token;
        // Planned 30 s before the end of the 120 s the portal gave.
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addSecs(90).toMSecsSinceEpoch());

        advanceToRenewal();
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_session->renew();
        QCOMPARE(m_session->state(), Session::State::Renewing);
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1);
        QCOMPARE(m_portal->logins, 1); // no re-login needed
        const LoginInfo info = renewed.first().first().value<LoginInfo>();
        QVERIFY(info.token != first);
        QCOMPARE(m_session->info().token, info.token);
        QCOMPARE(info.expiresAtMs, m_portal->now.addSecs(120).toMSecsSinceEpoch());
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addSecs(90).toMSecsSinceEpoch());

        // Past the first token's end, calls work with the new one, without a 401.
        m_portal->now = m_portal->now.addSecs(100);
        const PortalResponse answer = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(m_portal->secured401, 0);
    }

    void renewsByLoginWhenRefreshIsOff()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        QVERIFY(m_session->hasPassword()); // kept in memory for this

        advanceToRenewal();
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1); // tried once, refused
        QCOMPARE(m_portal->logins, 2);

        // The refusal is remembered: the next renewal goes straight to a login.
        advanceToRenewal();
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1);
        QCOMPARE(m_portal->logins, 3);
        QCOMPARE(waitFor(m_portal->userData(kDemoEmail)).httpStatus, 200);
    }

    void refreshNotAllowed()
    {
        QVERIFY(setUp());
        m_session->setRefreshAllowed(false);
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        advanceToRenewal();
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 0);
        QCOMPARE(m_portal->logins, 2);
    }

    void reloginMakesAFreshTotpCode()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpSecret = kMfaSecret;
        QVERIFY(logIn(*m_session, c));

        // Ten steps later the first code is long stale; the renewal must mint a new one from
        // the session's clock.
        advanceToRenewal();
        m_portal->now = m_portal->now.addSecs(300);
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QSignalSpy ended(m_session.get(), &Session::ended);
        m_session->renew();
        QVERIFY(QTest::qWaitFor([&] { return !renewed.isEmpty() || !ended.isEmpty(); }, 10000));
        QVERIFY2(ended.isEmpty(), "the re-login was refused");
        QCOMPARE(m_portal->logins, 2);
    }

    void typedCodeIsUsedOnce()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpCode = Totp::fromSecret(kMfaSecret)->codeAt(m_portal->now.toSecsSinceEpoch());
        QVERIFY(logIn(*m_session, c));
        // No secret stored: a re-login has no code to send, the portal wants one, and the
        // session cannot go on.
        advanceToRenewal();
        QSignalSpy ended(m_session.get(), &Session::ended);
        m_session->renew();
        QVERIFY(ended.wait());
        QCOMPARE(ended.first().first().value<PortalError>().kind, ErrorKind::MfaRequired);
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
    }

    void adoptedTokenRenewsByRefresh()
    {
        QVERIFY(setUp());
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const LoginInfo kept = m_session->info();

        // A later run: only the token and the user are known (login --remember).
        Session resumed(m_portal->transport.get());
        resumed.setClock(m_portal->clock());
        resumed.adoptToken(kDemoEmail, kept.token, kept.expiresAtMs);
        QVERIFY(resumed.isActive());
        QVERIFY(!resumed.hasPassword());
        QCOMPARE(resumed.renewalDueAtMs(), kept.expiresAtMs - 30'000);
        QCOMPARE(waitFor(m_portal->userData(kDemoEmail)).httpStatus, 200);

        m_portal->now = QDateTime::fromMSecsSinceEpoch(resumed.renewalDueAtMs(), Qt::UTC);
        QSignalSpy renewed(&resumed, &Session::renewed);
        QSignalSpy asked(&resumed, &Session::passwordNeeded);
        resumed.renew();
        QVERIFY(renewed.wait());
        QCOMPARE(asked.size(), 0);
        QCOMPARE(m_portal->logins, 1);
        QCOMPARE(m_portal->refreshes, 1);

        // Kept without its expiry: the JWT's `exp` claim tells it.
        Session noExpiry(m_portal->transport.get());
        noExpiry.setClock(m_portal->clock());
        noExpiry.adoptToken(kDemoEmail, kept.token, 0);
        QCOMPARE(noExpiry.info().expiresAtMs, kept.expiresAtMs);
    }

    void passwordNeededAfterAdoptToken()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const LoginInfo kept = m_session->info();
        m_session.reset();

        auto resumed = std::make_unique<Session>(m_portal->transport.get());
        resumed->setClock(m_portal->clock());
        resumed->adoptToken(kDemoEmail, kept.token, kept.expiresAtMs);
        QSignalSpy asked(resumed.get(), &Session::passwordNeeded);
        QSignalSpy renewed(resumed.get(), &Session::renewed);

        m_portal->now = QDateTime::fromMSecsSinceEpoch(resumed->renewalDueAtMs(), Qt::UTC);
        resumed->renew();
        QVERIFY(asked.wait()); // refresh refused, no password: ask
        QCOMPARE(resumed->state(), Session::State::WaitingForPassword);
        QCOMPARE(m_portal->refreshes, 1);
        QCOMPARE(m_portal->logins, 1);

        // The token runs out while the member types; calls wait instead of failing.
        m_portal->now = QDateTime::fromMSecsSinceEpoch(kept.expiresAtMs, Qt::UTC).addSecs(5);
        PortalCall *first = m_portal->userData(kDemoEmail);
        PortalCall *second = m_portal->userData(kDemoEmail);
        QSignalSpy firstDone(first, &PortalCall::finished);
        QSignalSpy secondDone(second, &PortalCall::finished);
        QTRY_COMPARE(m_portal->secured401, 2);
        QCOMPARE(firstDone.size(), 0);
        QCOMPARE(asked.size(), 1); // asked once, not once per 401

        resumed->providePassword(kDemoPassword);
        QVERIFY(renewed.wait());
        QTRY_COMPARE(firstDone.size(), 1);
        QTRY_COMPARE(secondDone.size(), 1);
        QCOMPARE(firstDone.first().first().value<PortalResponse>().httpStatus, 200);
        QCOMPARE(secondDone.first().first().value<PortalResponse>().httpStatus, 200);
        QCOMPARE(m_portal->logins, 2);
        QVERIFY(resumed->hasPassword());
        QCOMPARE(resumed->state(), Session::State::Active);
    }

    void adoptedTokenWithCredentialsRenewsByLogin()
    {
        // An MFA member's kept token, with the password and TOTP secret from the keychain:
        // the re-login makes its own code, nobody is asked anything.
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        Credentials c = credentials(kMfaEmail, kMfaPassword);
        c.totpSecret = kMfaSecret;
        QVERIFY(logIn(*m_session, c));
        const LoginInfo kept = m_session->info();
        m_session->adoptToken(c, kept.token, kept.expiresAtMs);
        QVERIFY(m_session->hasPassword());
        QSignalSpy asked(m_session.get(), &Session::passwordNeeded);
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_portal->now = m_portal->now.addSecs(400); // expired: a 401 starts the renewal
        QCOMPARE(waitFor(m_portal->userData(kMfaEmail)).httpStatus, 200);
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(m_portal->logins, 2);
    }

    void wrongPasswordWhenAskedEndsTheSession()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const LoginInfo kept = m_session->info();
        m_session->adoptToken(kDemoEmail, kept.token, kept.expiresAtMs);
        QSignalSpy asked(m_session.get(), &Session::passwordNeeded);
        QSignalSpy ended(m_session.get(), &Session::ended);
        m_session->renew();
        QVERIFY(asked.wait());
        m_session->providePassword(u"not-it"_qs);
        QVERIFY(ended.wait());
        QCOMPARE(ended.first().first().value<PortalError>().kind, ErrorKind::BadCredentials);
        QVERIFY(!m_session->isActive());
        QVERIFY(m_session->info().token.isEmpty());
    }

    void stormOf401sCausesOneLogin()
    {
        sim::SimulatorOptions options;
        options.tokenLifetimeSeconds = 60;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        QCOMPARE(m_portal->logins, 1);
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QSignalSpy ended(m_session.get(), &Session::ended);

        // The laptop slept: the token is long expired and the timer has not fired yet.
        m_portal->now = m_portal->now.addSecs(600);
        constexpr int kRequests = 50;
        QList<QSharedPointer<QSignalSpy>> spies;
        for (int i = 0; i < kRequests; ++i)
            spies.append(QSharedPointer<QSignalSpy>::create(m_portal->userData(kDemoEmail),
                                                            &PortalCall::finished));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(spies.cbegin(), spies.cend(),
                                             [](const auto &spy) { return spy->size() == 1; }),
                                 30000);
        for (const auto &spy : std::as_const(spies)) {
            const auto response = spy->first().first().value<PortalResponse>();
            QVERIFY2(response.httpStatus == 200, qPrintable(response.error.detail));
        }
        QCOMPARE(m_portal->logins, 2); // the first one, and exactly one re-login
        QCOMPARE(m_portal->network.sent.value(kLoginPath), 2); // none started and dropped
        QCOMPARE(m_portal->network.sent.value(kRefreshPath), 0); // a refused token: no refresh
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(ended.size(), 0);
        QVERIFY(m_portal->secured401 >= 1);
        QCOMPARE(m_portal->secured, kRequests + m_portal->secured401); // each replayed once
    }

    void portalThatKeepsRefusingEndsTheSession()
    {
        QVERIFY(setUp());
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        // Every token is refused, however fresh.
        sim::api::FaultRule refuse
            = fault(sim::api::FaultKind::ExpireTokens, u"/services/secured"_qs);
        refuse.tokenSeconds = 0;
        m_portal->simulator->faults().add(refuse);

        QSignalSpy ended(m_session.get(), &Session::ended);
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        // The first call's 401 starts a renewal; its replay is refused too. The transport fails
        // that call (one replay only); the session ends by the next 401 at the latest.
        for (int i = 0; i < 3 && ended.isEmpty(); ++i) {
            const PortalResponse answer = waitFor(m_portal->userData(kDemoEmail));
            QCOMPARE(answer.error.kind, ErrorKind::SessionExpired);
        }
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<PortalError>().kind, ErrorKind::SessionExpired);
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(m_portal->logins, 2); // one renewal, no loop
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
        QVERIFY(!m_session->hasPassword());

        // After the end, calls fail at once and nobody logs in again.
        const PortalResponse after = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(after.error.kind, ErrorKind::SessionExpired);
        QCOMPARE(m_portal->logins, 2);
        QCOMPARE(ended.size(), 1);
    }

    void transientRenewalFailureIsRetried()
    {
        PortalConfig config;
        config.maxAttempts = 1; // the transport's own retries would hide the failure
        QVERIFY(setUp({}, config));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const QString first = m_session->info().token;
        sim::api::FaultRule down = fault(sim::api::FaultKind::Status, kRefreshPath);
        down.status = 503;
        down.remaining = 1;
        m_portal->simulator->faults().add(down);

        advanceToRenewal();
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QSignalSpy ended(m_session.get(), &Session::ended);
        m_session->renew();
        // Failed, still active with the old token, retry planned 5 s on.
        QTRY_COMPARE(m_session->state(), Session::State::Active);
        QCOMPARE(m_portal->refreshes, 1);
        QCOMPARE(renewed.size(), 0);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(m_session->info().token, first);
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addSecs(5).toMSecsSinceEpoch());

        advanceToRenewal();
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 2);
        QVERIFY(m_session->info().token != first);
        QCOMPARE(ended.size(), 0);
    }

    void transientFailurePastTheDeadlineWaitsForA401()
    {
        PortalConfig config;
        config.maxAttempts = 1;
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options, config));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        sim::api::FaultRule down = fault(sim::api::FaultKind::Status, kLoginPath);
        down.status = 502;
        down.remaining = 1;
        m_portal->simulator->faults().add(down);

        // A 401 starts the renewal; the login fails transiently: the call fails with that
        // error, the session stays, and the next 401 tries again.
        m_portal->now = m_portal->now.addSecs(400);
        const PortalResponse failed = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(failed.error.kind, ErrorKind::PortalError);
        QCOMPARE(failed.error.httpStatus, 502);
        QVERIFY(m_session->isActive());
        QCOMPARE(m_session->renewalDueAtMs(), 0); // nothing to retry before a call needs it

        const PortalResponse next = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(next.httpStatus, 200);
        QCOMPARE(m_portal->logins, 3);
    }

    void realTimerFires()
    {
        // The plan is computed from the injected clock: a token 30.05 s from its end with a
        // 30 s margin renews 50 ms (of real time) from now.
        QVERIFY(setUp());
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const LoginInfo kept = m_session->info();
        m_portal->now = QDateTime::fromMSecsSinceEpoch(kept.expiresAtMs - 30'050, Qt::UTC);
        m_session->adoptToken(kDemoEmail, kept.token, kept.expiresAtMs);
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addMSecs(50).toMSecsSinceEpoch());
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1);
    }

    void shortLivedTokenRenewsHalfWay()
    {
        // A token shorter than twice the margin would otherwise be renewed back to back.
        sim::SimulatorOptions options;
        options.tokenLifetimeSeconds = 40;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        QCOMPARE(m_session->renewalDueAtMs(), m_portal->now.addSecs(20).toMSecsSinceEpoch());
    }

    void logoutForgetsEverything()
    {
        QVERIFY(setUp());
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        m_session->logout();
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
        QVERIFY(!m_session->isActive());
        QVERIFY(m_session->info().token.isEmpty());
        QVERIFY(m_session->info().username.isEmpty());
        QVERIFY(!m_session->hasPassword());
        QCOMPARE(m_session->renewalDueAtMs(), 0);
        QNetworkRequest request;
        m_session->authorize(request);
        QVERIFY(!request.hasRawHeader("Authorization"));

        // A call now is refused by the portal and not renewed behind the member's back.
        const PortalResponse answer = waitFor(m_portal->userData(kDemoEmail));
        QCOMPARE(answer.error.kind, ErrorKind::SessionExpired);
        QCOMPARE(m_portal->logins, 1);
    }

    void logoutWhileWaitingForThePassword()
    {
        sim::SimulatorOptions options;
        options.refreshEnabled = false;
        QVERIFY(setUp(options));
        QVERIFY(logIn(*m_session, credentials(kDemoEmail, kDemoPassword)));
        const LoginInfo kept = m_session->info();
        m_session->adoptToken(kDemoEmail, kept.token, kept.expiresAtMs);
        m_portal->now = m_portal->now.addSecs(400);
        QSignalSpy asked(m_session.get(), &Session::passwordNeeded);
        PortalCall *call = m_portal->userData(kDemoEmail);
        QSignalSpy done(call, &PortalCall::finished);
        QVERIFY(asked.wait()); // the 401 wants a login that needs the password
        QCOMPARE(done.size(), 0);
        m_session->logout();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().value<PortalResponse>().error.kind, ErrorKind::Cancelled);
    }

    void credentialsWipe()
    {
        Credentials c;
        c.user = u"ann@example.org"_qs;
        c.password = QString::fromUtf8("secret-password");
        c.totpSecret = kMfaSecret; // shares a buffer with a constant: left alone
        c.totpCode = u"123456"_qs; // literal data: read-only, only released
        QString shared = c.password; // another copy of the same buffer: must survive
        c.wipe();
        QVERIFY(c.user.isEmpty());
        QVERIFY(c.password.isEmpty());
        QVERIFY(c.totpSecret.isEmpty());
        QVERIFY(c.totpCode.isEmpty());
        QCOMPARE(shared, u"secret-password"_qs);
        QCOMPARE(kMfaSecret, u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs);
    }

private:
    std::unique_ptr<SimPortal> m_portal;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestNetSessionRenewal)
#include "tst_net_session_renewal.moc"
