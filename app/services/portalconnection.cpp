#include "portalconnection.h"

namespace coopdesk::app {

PortalConnection::PortalConnection(net::PortalConfig config, QNetworkAccessManager *network,
                                   const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_transport(std::make_unique<net::PortalTransport>(std::move(config), network))
    , m_session(std::make_unique<net::Session>(m_transport.get()))
    , m_client(std::make_unique<net::SmartHubClient>(m_session.get(), zone))
    , m_payments(std::make_unique<net::PaymentsApi>(m_session.get()))
    , m_outages(std::make_unique<net::OutagesApi>(m_session.get()))
    , m_accountSettings(std::make_unique<net::AccountSettingsApi>(m_client.get()))
    , m_notifications(std::make_unique<net::NotificationsApi>(m_session.get()))
    , m_profile(std::make_unique<net::ProfileApi>(m_session.get()))
    , m_contact(std::make_unique<net::ContactApi>(m_transport.get()))
    , m_openMeteo(std::make_unique<net::OpenMeteoSource>(m_transport.get(), zone))
    , m_portalWeather(
          std::make_unique<net::PortalWeatherSource>(m_transport.get(), WallClock(zone)))
{
}

PortalConnection::~PortalConnection()
{
    m_transport->cancelAll();
}

void PortalConnection::setClock(net::Session::Clock clock)
{
    m_session->setClock(std::move(clock));
}

void PortalConnection::setScheduler(const net::PortalTransport::Scheduler &scheduler)
{
    // An empty scheduler: each part's own default (QTimer).
    m_transport->setScheduler(scheduler);
    m_client->setScheduler(scheduler);
    m_payments->setScheduler(scheduler);
}

void PortalConnection::setOpenMeteoUrl(const QUrl &url)
{
    m_openMeteo->setBaseUrl(url.isEmpty() ? net::OpenMeteoSource::defaultBaseUrl() : url);
}

void PortalConnection::setTimeZone(const QTimeZone &zone)
{
    m_client->setTimeZone(zone);
    m_openMeteo->setTimeZone(zone);
    m_portalWeather->setTimeZone(zone);
}

QUrl PortalConnection::baseUrl() const
{
    return m_transport->config().baseUrl;
}

QString PortalConnection::host() const
{
    return net::portalKeyHost(baseUrl());
}

void PortalConnection::setUser(const QString &user)
{
    m_user = user;
    m_kept.reset();
}

net::WeatherSource *PortalConnection::weatherSource(ui::WeatherSourceKind kind) const
{
    if (kind == ui::WeatherSourceKind::Portal)
        return m_portalWeather.get();
    return m_openMeteo.get();
}

net::RememberedLogin *PortalConnection::keptLogin()
{
    if (!m_kept)
        m_kept = std::make_unique<net::RememberedLogin>(m_store, host(), m_user);
    return m_kept.get();
}

std::optional<net::parse::LocationDetails>
PortalConnection::locationDetails(const QString &number) const
{
    const auto found = m_locations.constFind(number);
    if (found == m_locations.cend())
        return std::nullopt;
    return *found;
}

void PortalConnection::keepLocationDetails(const QString &number,
                                           const net::parse::LocationDetails &details)
{
    m_locations.insert(number, details);
}

} // namespace coopdesk::app
