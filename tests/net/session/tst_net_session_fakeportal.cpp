// The session through a real PortalTransport over a fake network, where the test decides when
// each answer arrives: the exact bytes of a login, a login that hangs until logout, 401s that
// come back after the renewal they would have started (replayed, no second login), the memory
// of a portal without refresh, and the redaction of what the session logs.

#include "fakenetwork.h"
#include "net/session/session.h"
#include "net/session/totp.h"
#include "net/transport/portaltransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace coopdesk::net;
using namespace sessiontest;

namespace coopdesk::net {
inline char *toString(ErrorKind kind)
{
    return qstrdup(QByteArray("ErrorKind(" + QByteArray::number(int(kind)) + ')').constData());
}
} // namespace coopdesk::net

namespace {

const QString kUser = QStringLiteral("ann.member@example.org");
const QString kPassword = QStringLiteral("p+a&s%s#w =rd%41");
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

// A small SmartHub: login issues "tok-N" tokens, refresh may be missing, secured calls need a
// token it still knows. Tests may hold any secured answer to give it later.
class FakePortal
{
public:
    explicit FakePortal(const QDateTime *clock)
        : m_clock(clock)
    {
    }

    int logins = 0;
    int refreshes = 0;
    bool refreshAvailable = true;
    bool hangLogins = false;
    QSet<QByteArray> validTokens;
    QList<QPointer<FakeReply>> hangingLogins;
    // Returns true when it took the reply (to answer later).
    std::function<bool(FakeReply *, const QByteArray &token)> holdSecured;

    void handle(FakeReply *reply, const Exchange &exchange)
    {
        const QString path = exchange.path();
        if (path == u"/services/oauth/auth/v2"_qs) {
            ++logins;
            if (hangLogins) {
                hangingLogins.append(reply);
                return;
            }
            const QUrlQuery form(QString::fromLatin1(exchange.body));
            if (form.queryItemValue(u"password"_qs, QUrl::FullyDecoded) != kPassword) {
                reply->respond(200, R"({"status":"FAILURE","isBusinessUser":false})");
                return;
            }
            reply->respond(200, success());
            return;
        }
        if (path == u"/services/oauth/auth/v2/refresh"_qs) {
            ++refreshes;
            const QByteArray token = QUrlQuery(QString::fromLatin1(exchange.body))
                                         .queryItemValue(u"token"_qs, QUrl::FullyDecoded)
                                         .toLatin1();
            if (!refreshAvailable)
                reply->respond(404, R"({"status":404,"error":"Not Found"})");
            else if (validTokens.contains(token))
                reply->respond(200, success());
            else
                reply->respond(401, R"({"status":401})");
            return;
        }
        const QByteArray authorization = exchange.request.rawHeader("Authorization");
        const QByteArray token
            = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
        if (holdSecured && holdSecured(reply, token))
            return;
        answerSecured(reply, token);
    }

    void answerSecured(FakeReply *reply, const QByteArray &token)
    {
        if (validTokens.contains(token))
            reply->respond(200, "[]");
        else
            reply->respond(401, R"({"status":401,"error":"Unauthorized"})");
    }

private:
    QByteArray success()
    {
        const QByteArray token = "tok-" + QByteArray::number(++m_issued);
        validTokens.insert(token);
        return QJsonDocument(QJsonObject {
                                 { u"status"_qs, u"SUCCESS"_qs },
                                 { u"authorizationToken"_qs, QString::fromLatin1(token) },
                                 { u"username"_qs, kUser },
                                 { u"primaryUsername"_qs, kUser },
                                 { u"expiration"_qs, m_clock->toSecsSinceEpoch() + 299 },
                                 { u"expiresIn"_qs, 299 },
                                 { u"isSecondaryRegistration"_qs, false },
                                 { u"isBusinessUser"_qs, false },
                             })
            .toJson(QJsonDocument::Compact);
    }

    const QDateTime *m_clock;
    int m_issued = 0;
};

// Every message logged while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                               const QString &text) { s_lines->append(text); });
        QLoggingCategory::setFilterRules(u"coopdesk.*=true"_qs);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(u"coopdesk.*.debug=false"_qs);
        s_lines = nullptr;
    }
    QString all() const { return m_lines.join(u'\n'); }

private:
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestNetSessionFakePortal : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalTransport> m_transport;
    std::unique_ptr<Session> m_session;

    Credentials credentials() const
    {
        Credentials c;
        c.user = kUser;
        c.password = kPassword;
        return c;
    }

    bool logIn(const Credentials &c)
    {
        QSignalSpy ok(m_session.get(), &Session::loggedIn);
        m_session->login(c);
        return ok.wait();
    }

    PortalCall *securedCall()
    {
        PortalRequest request;
        request.path = u"/services/secured/user-data"_qs;
        request.query.addQueryItem(u"userId"_qs, kUser);
        return m_transport->send(request);
    }

    QList<Exchange> exchangesTo(const QString &path) const
    {
        QList<Exchange> found;
        for (const Exchange &e : std::as_const(m_network->exchanges)) {
            if (e.path() == path)
                found.append(e);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 3, 8), QTime(9, 30), Qt::UTC);
        m_network = std::make_unique<FakeNetwork>();
        m_portal = std::make_unique<FakePortal>(&m_now);
        m_network->handler = [this](FakeReply *reply, const Exchange &e) {
            m_portal->handle(reply, e);
        };
        PortalConfig config;
        config.baseUrl = QUrl(u"https://fake.smarthub.coop"_qs);
        config.maxAttempts = 1;
        m_transport = std::make_unique<PortalTransport>(config, m_network.get());
        m_session = std::make_unique<Session>(m_transport.get());
        m_session->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_session.reset();
        m_transport.reset();
        m_portal.reset();
        m_network.reset();
    }

    void loginOnTheWire()
    {
        Credentials c = credentials();
        c.totpSecret = kSecret;
        QVERIFY(logIn(c));
        const QList<Exchange> logins = exchangesTo(u"/services/oauth/auth/v2"_qs);
        QCOMPARE(logins.size(), 1);
        const Exchange &login = logins.first();
        QCOMPARE(login.method, QByteArray("POST"));
        QVERIFY(login.request.url().query().isEmpty()); // nothing secret in the URL
        QCOMPARE(login.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!login.request.hasRawHeader("Authorization"));
        const QString code = Totp::fromSecret(kSecret)->codeAt(m_now.toSecsSinceEpoch());
        QCOMPARE(
            login.body,
            "userId=ann.member%40example.org&password=p%2Ba%26s%25s%23w%20%3Drd%2541&twoFactorCode="
                + code.toLatin1());

        QCOMPARE(m_session->info().token, u"tok-1"_qs);
        QSignalSpy done(securedCall(), &PortalCall::finished);
        QVERIFY(done.wait());
        const Exchange secured = m_network->exchanges.last();
        QCOMPARE(secured.request.rawHeader("Authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(secured.request.rawHeader("X-Nisc-Smarthub-Username"), kUser.toUtf8());
    }

    void hangingLoginEndsWithLogout()
    {
        m_portal->hangLogins = true;
        QSignalSpy ok(m_session.get(), &Session::loggedIn);
        QSignalSpy failed(m_session.get(), &Session::loginFailed);
        m_session->login(credentials());
        QCOMPARE(m_session->state(), Session::State::LoggingIn);
        QTRY_COMPARE(m_portal->hangingLogins.size(), 1);
        QCOMPARE(m_transport->inFlight(), 1);

        m_session->logout();
        QVERIFY(m_portal->hangingLogins.first());
        QVERIFY(m_portal->hangingLogins.first()->aborted);
        QCOMPARE(m_session->state(), Session::State::LoggedOut);
        QTRY_COMPARE(m_transport->inFlight(), 0);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ok.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m_session->hasPassword());
    }

    void secondLoginReplacesAHangingOne()
    {
        m_portal->hangLogins = true;
        QSignalSpy ok(m_session.get(), &Session::loggedIn);
        m_session->login(credentials());
        QTRY_COMPARE(m_portal->hangingLogins.size(), 1);
        m_portal->hangLogins = false;
        m_session->login(credentials());
        QVERIFY(m_portal->hangingLogins.first()->aborted);
        QVERIFY(ok.wait());
        QCOMPARE(ok.size(), 1);
        QCOMPARE(m_portal->logins, 2);
    }

    void late401sAfterTheRenewalAreReplayed()
    {
        QVERIFY(logIn(credentials()));
        // The portal forgets tok-1. Four calls go out with it; the first 401 comes back at
        // once, the other three only after the renewal it started has finished.
        m_portal->validTokens.clear();
        QList<QPointer<FakeReply>> held;
        bool first = true;
        m_portal->holdSecured = [&](FakeReply *reply, const QByteArray &token) {
            if (token != "tok-1")
                return false;
            if (first) {
                first = false;
                return false;
            }
            held.append(reply);
            return true;
        };
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QSignalSpy ended(m_session.get(), &Session::ended);
        QList<QSharedPointer<QSignalSpy>> calls;
        for (int i = 0; i < 4; ++i)
            calls.append(QSharedPointer<QSignalSpy>::create(securedCall(), &PortalCall::finished));
        QVERIFY(renewed.wait());
        QTRY_COMPARE(calls.first()->size(), 1);
        QCOMPARE(calls.first()->first().first().value<PortalResponse>().httpStatus, 200);
        QCOMPARE(held.size(), 3);

        for (const QPointer<FakeReply> &reply : std::as_const(held))
            m_portal->answerSecured(reply, "tok-1"); // 401, for the old token
        for (const auto &call : std::as_const(calls)) {
            QTRY_COMPARE(call->size(), 1);
            QCOMPARE(call->first().first().value<PortalResponse>().httpStatus, 200);
        }
        QCOMPARE(m_portal->logins, 2); // one renewal for all four
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(ended.size(), 0);
        // Each of the four was replayed once, with the new token.
        const QList<Exchange> secured = exchangesTo(u"/services/secured/user-data"_qs);
        QCOMPARE(secured.size(), 8);
        for (qsizetype i = 4; i < secured.size(); ++i)
            QCOMPARE(secured.at(i).request.rawHeader("Authorization"), QByteArray("Bearer tok-2"));
    }

    void stormOfImmediate401s()
    {
        QVERIFY(logIn(credentials()));
        m_portal->validTokens.clear();
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        QList<QSharedPointer<QSignalSpy>> calls;
        for (int i = 0; i < 50; ++i)
            calls.append(QSharedPointer<QSignalSpy>::create(securedCall(), &PortalCall::finished));
        for (const auto &call : std::as_const(calls)) {
            QTRY_COMPARE(call->size(), 1);
            QCOMPARE(call->first().first().value<PortalResponse>().httpStatus, 200);
        }
        // One login request sent for all of them (not one started per 401 and then dropped).
        QCOMPARE(exchangesTo(u"/services/oauth/auth/v2"_qs).size(), 2);
        QCOMPARE(renewed.size(), 1);
    }

    void refreshMissingIsRemembered()
    {
        m_portal->refreshAvailable = false;
        QVERIFY(logIn(credentials()));
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_now = QDateTime::fromMSecsSinceEpoch(m_session->renewalDueAtMs(), Qt::UTC);
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1); // 404
        QCOMPARE(m_portal->logins, 2);
        m_now = QDateTime::fromMSecsSinceEpoch(m_session->renewalDueAtMs(), Qt::UTC);
        m_session->renew();
        QVERIFY(renewed.wait());
        QCOMPARE(m_portal->refreshes, 1); // not asked again
        QCOMPARE(m_portal->logins, 3);
    }

    void refreshAfterA401IsSkipped()
    {
        QVERIFY(logIn(credentials()));
        m_portal->validTokens.clear();
        QSignalSpy done(securedCall(), &PortalCall::finished);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().value<PortalResponse>().httpStatus, 200);
        // A refused token cannot be refreshed: straight to a login.
        QCOMPARE(m_portal->refreshes, 0);
        QCOMPARE(m_portal->logins, 2);
    }

    void nothingSecretIsLogged()
    {
        LogCapture log;
        Credentials c = credentials();
        c.totpSecret = kSecret;
        const QString code = Totp::fromSecret(kSecret)->codeAt(m_now.toSecsSinceEpoch());
        QVERIFY(logIn(c));
        m_portal->validTokens.clear();
        QSignalSpy done(securedCall(), &PortalCall::finished);
        QVERIFY(done.wait());
        m_now = QDateTime::fromMSecsSinceEpoch(m_session->renewalDueAtMs(), Qt::UTC);
        QSignalSpy renewed(m_session.get(), &Session::renewed);
        m_session->renew();
        QVERIFY(renewed.wait());
        m_session->logout();

        const QString text = log.all();
        QVERIFY(!text.isEmpty()); // the filter let the session's lines through
        QVERIFY(!text.contains(u"tok-"_qs));
        QVERIFY(!text.contains(kPassword));
        QVERIFY(!text.contains(u"p%2Ba"_qs));
        QVERIFY(!text.contains(kSecret));
        QVERIFY(!text.contains(code));
        QVERIFY(!text.contains(kUser));
    }
};

QTEST_GUILESS_MAIN(TestNetSessionFakePortal)
#include "tst_net_session_fakeportal.moc"
