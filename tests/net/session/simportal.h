#pragma once

// An in-process smarthub-sim over HTTPS, a real PortalTransport trusting exactly its CA, one
// clock both sides read (tests move it; nobody sleeps), and counts of what the portal answered.

#include "net/session/session.h"
#include "net/transport/portaltransport.h"
#include "sim/api/simulator.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

// QCOMPARE prints error kinds by number.
namespace coopdesk::net {
inline char *toString(ErrorKind kind)
{
    return qstrdup(QByteArray("ErrorKind(" + QByteArray::number(int(kind)) + ')').constData());
}
} // namespace coopdesk::net

namespace sessiontest {

inline const QString kDemoEmail = QStringLiteral("demo@mountainvalley.coop");
inline const QString kDemoPassword = QStringLiteral("Demo-Valley-2026");
inline const QString kMfaEmail = QStringLiteral("priya.shah@example.com");
inline const QString kMfaPassword = QStringLiteral("Mfa-Valley-2026");
inline const QString kMfaSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
inline const QString kLockEmail = QStringLiteral("terry.blake@example.com");
inline const QString kLockPassword = QStringLiteral("Lockout-Valley-2026");
inline const QString kSecondaryEmail = QStringLiteral("casey.lee@example.net");
inline const QString kSecondaryPassword = QStringLiteral("Secondary-Valley-2026");
inline const QString kPrimaryOfSecondary = QStringLiteral("morgan.lee@example.com");

inline const QString kLoginPath = QStringLiteral("/services/oauth/auth/v2");
inline const QString kRefreshPath = QStringLiteral("/services/oauth/auth/v2/refresh");

inline coopdesk::net::Credentials credentials(const QString &user, const QString &password)
{
    coopdesk::net::Credentials c;
    c.user = user;
    c.password = password;
    return c;
}

// Counts what the client sent, including calls aborted before the server saw them.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    QHash<QString, int> sent; // path -> requests created

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        ++sent[request.url().path()];
        return QNetworkAccessManager::createRequest(operation, request, outgoing);
    }
};

class SimPortal
{
public:
    // 2026-09-10 18:00 UTC, the documented simulator examples' moment.
    QDateTime now = QDateTime(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
    std::unique_ptr<sim::Simulator> simulator;
    CountingNetwork network;
    std::unique_ptr<coopdesk::net::PortalTransport> transport;
    int logins = 0;
    int refreshes = 0;
    int secured = 0;
    int secured401 = 0;

    coopdesk::net::Session::Clock clock()
    {
        return [this] {
            return now;
        };
    }

    bool start(sim::SimulatorOptions options = {}, coopdesk::net::PortalConfig config = {})
    {
        options.clock = [this] {
            return now;
        };
        simulator = std::make_unique<sim::Simulator>(options);
        QString error;
        if (!simulator->start(&error)) {
            qWarning("simulator did not start: %s", qPrintable(error));
            return false;
        }
        QObject::connect(simulator.get(), &sim::Simulator::requestHandled, simulator.get(),
                         [this](const QByteArray &, const QString &path, int status) {
                             if (path == kLoginPath)
                                 ++logins;
                             else if (path == kRefreshPath)
                                 ++refreshes;
                             else if (path.startsWith(u"/services/secured/")) {
                                 ++secured;
                                 if (status == 401)
                                     ++secured401;
                             }
                         });
        config.baseUrl = simulator->baseUrl();
        config.extraCaCertificates = QSslCertificate::fromData(simulator->caCertificatePem());
        transport = std::make_unique<coopdesk::net::PortalTransport>(config, &network);
        return true;
    }

    // GET user-data for `user`: an authenticated call every member may make.
    coopdesk::net::PortalCall *userData(const QString &user)
    {
        coopdesk::net::PortalRequest request;
        request.path = QStringLiteral("/services/secured/user-data");
        request.query.addQueryItem(QStringLiteral("userId"), user);
        request.label = QStringLiteral("user-data");
        return transport->send(request);
    }
};

// The one answer of a call, waited for.
inline coopdesk::net::PortalResponse waitFor(coopdesk::net::PortalCall *call, int ms = 10000)
{
    QSignalSpy finished(call, &coopdesk::net::PortalCall::finished);
    if (!finished.wait(ms))
        return { 0,
                 {},
                 {},
                 coopdesk::net::PortalError::make(coopdesk::net::ErrorKind::Timeout,
                                                  QStringLiteral("test timed out")) };
    return finished.first().first().value<coopdesk::net::PortalResponse>();
}

} // namespace sessiontest
