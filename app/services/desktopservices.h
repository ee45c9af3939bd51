#pragma once

#include "ui/services/memberservices.h"

#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QSettings;

namespace coopdesk::net {
class SecretStore;
}

namespace coopdesk::app {

struct ServicesOptions
{
    // Trusted for this run only, beside the system's CAs (demo: the simulator's own CA).
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureLoopback = false;
    // Where remembered logins are kept; null: the OS keychain (net::KeychainSecretStore).
    net::SecretStore *secretStore = nullptr;
    // Which user is remembered on which portal (never a secret); null: no remembering.
    QSettings *settings = nullptr;
    bool rememberAllowed = true;          // kiosk: false (no keychain writes)
    std::function<QDateTime()> clock;     // null: the current UTC time
    QUrl openMeteoUrl;                    // empty: https://archive-api.open-meteo.com
};

// MemberServices over net/: one PortalTransport + Session + SmartHubClient per signed-in
// portal, the project-defined APIs, the keychain for "Remember my login". Errors become
// ui::Failure (one translated sentence, redacted detail).
class DesktopServices : public ui::MemberServices
{
    Q_OBJECT
public:
    explicit DesktopServices(ServicesOptions options, QObject *parent = nullptr);
    ~DesktopServices() override;

    // Tests: PENDING re-polls and payment look-ups run at once instead of after a timer.
    void setImmediateRetries(bool immediate);

    // (every ui::MemberServices override is declared in desktopservices.cpp's class; see there)
private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::app
