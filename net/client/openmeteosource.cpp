#include "openmeteosource.h"

#include "weatherfetch.h"

namespace coopdesk::net {

QUrl OpenMeteoSource::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://archive-api.open-meteo.com"));
}

OpenMeteoSource::OpenMeteoSource(PortalTransport *transport, const QTimeZone &coopZone,
                                 QUrl baseUrl)
    : m_transport(transport)
    , m_zone(coopZone)
    , m_baseUrl(std::move(baseUrl))
{
}

QString OpenMeteoSource::name() const
{
    return QStringLiteral("Open-Meteo");
}

PortalRequest OpenMeteoSource::request(double latitude, double longitude, QDate from,
                                       QDate to) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("latitude"), QString::number(latitude, 'f', 4));
    query.addQueryItem(QStringLiteral("longitude"), QString::number(longitude, 'f', 4));
    query.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("end_date"), to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("daily"),
                       QStringLiteral("temperature_2m_max,temperature_2m_min,temperature_2m_mean"));
    query.addQueryItem(QStringLiteral("hourly"), QStringLiteral("temperature_2m"));
    query.addQueryItem(QStringLiteral("temperature_unit"), QStringLiteral("fahrenheit"));
    query.addQueryItem(QStringLiteral("timezone"), QString::fromUtf8(m_zone.id()));
    query.addQueryItem(QStringLiteral("timeformat"), QStringLiteral("unixtime"));

    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/archive");
    url.setQuery(query);

    PortalRequest request;
    request.method = PortalRequest::Method::Get;
    // The query travels in the URL only (the transport appends request.query to it).
    request.absoluteUrl = url;
    request.path = url.path();
    request.authenticated = false;
    request.label = QStringLiteral("open-meteo");
    return request;
}

Job *OpenMeteoSource::fetch(const LocationDetails &where, QDate from, QDate to, QObject *context,
                            std::function<void(const TemperatureSeries &)> done)
{
    QList<PortalRequest> requests;
    std::optional<PortalError> refused;
    if (!where.latitude || !where.longitude) {
        refused = PortalError::make(ErrorKind::Invalid,
                                    QStringLiteral("open-meteo: the location has no coordinates"));
    } else if (!m_zone.isValid()) {
        refused = PortalError::make(ErrorKind::Invalid,
                                    QStringLiteral("open-meteo: no valid co-op time zone"));
    } else {
        const auto pieces = splitByYear(from, to);
        for (const auto &piece : pieces)
            requests.append(request(*where.latitude, *where.longitude, piece.first, piece.second));
    }
    return startWeatherFetch(m_transport, std::move(requests), &parse::openMeteo,
                             std::move(refused), context, std::move(done));
}

} // namespace coopdesk::net
