#pragma once

#include "net/client/accountsettingsapi.h"
#include "net/client/contactapi.h"
#include "net/client/notificationsapi.h"
#include "net/client/openmeteosource.h"
#include "net/client/outagesapi.h"
#include "net/client/paymentsapi.h"
#include "net/client/portalweathersource.h"
#include "net/client/profileapi.h"
#include "net/client/smarthubclient.h"
#include "net/session/rememberedlogin.h"
#include "net/session/session.h"
#include "ui/services/memberservices.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace coopdesk::app {

// Everything that talks to one signed-in portal: transport, session, client, the
// project-defined APIs, the weather sources, the kept (remembered) login and the service
// locations already looked up. One per sign-in; dropped (deleteLater) at sign-out.
class PortalConnection : public QObject
{
    Q_OBJECT
public:
    PortalConnection(net::PortalConfig config, QNetworkAccessManager *network,
                     const QTimeZone &zone, QObject *parent = nullptr);
    ~PortalConnection() override;

    void setClock(net::Session::Clock clock);
    void setScheduler(const net::PortalTransport::Scheduler &scheduler);
    void setOpenMeteoUrl(const QUrl &url); // empty: Open-Meteo's own
    void setTimeZone(const QTimeZone &zone);

    QUrl baseUrl() const;
    QString host() const; // "host" or "host:port": the key of remembered logins
    QString user() const { return m_user; }
    void setUser(const QString &user);

    net::PortalTransport *transport() const { return m_transport.get(); }
    net::Session *session() const { return m_session.get(); }
    net::SmartHubClient *client() const { return m_client.get(); }
    net::PaymentsApi *payments() const { return m_payments.get(); }
    net::OutagesApi *outages() const { return m_outages.get(); }
    net::AccountSettingsApi *accountSettings() const { return m_accountSettings.get(); }
    net::NotificationsApi *notifications() const { return m_notifications.get(); }
    net::ProfileApi *profile() const { return m_profile.get(); }
    net::ContactApi *contact() const { return m_contact.get(); }
    net::WeatherSource *weatherSource(ui::WeatherSourceKind kind) const;
    // The keychain entries of this portal and user.
    net::RememberedLogin *keptLogin();
    void setSecretStore(net::SecretStore *store) { m_store = store; }

    // The login is kept in the keychain: renewed tokens go back there, a new password too.
    bool remembered() const { return m_remembered; }
    void setRemembered(bool remembered) { m_remembered = remembered; }

    std::optional<net::parse::LocationDetails> locationDetails(const QString &number) const;
    void keepLocationDetails(const QString &number, const net::parse::LocationDetails &details);

    bool signedIn = false;

private:
    std::unique_ptr<net::PortalTransport> m_transport;
    std::unique_ptr<net::Session> m_session;
    std::unique_ptr<net::SmartHubClient> m_client;
    std::unique_ptr<net::PaymentsApi> m_payments;
    std::unique_ptr<net::OutagesApi> m_outages;
    std::unique_ptr<net::AccountSettingsApi> m_accountSettings;
    std::unique_ptr<net::NotificationsApi> m_notifications;
    std::unique_ptr<net::ProfileApi> m_profile;
    std::unique_ptr<net::ContactApi> m_contact;
    std::unique_ptr<net::OpenMeteoSource> m_openMeteo;
    std::unique_ptr<net::PortalWeatherSource> m_portalWeather;
    std::unique_ptr<net::RememberedLogin> m_kept;
    net::SecretStore *m_store = nullptr;
    QHash<QString, net::parse::LocationDetails> m_locations;
    QString m_user;
    bool m_remembered = false;
};

} // namespace coopdesk::app
