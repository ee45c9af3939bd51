#include "portalweathersource.h"

#include "portaljob.h"
#include "weatherfetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

PortalWeatherSource::PortalWeatherSource(PortalTransport *transport, const WallClock &clock,
                                         bool celsius)
    : m_transport(transport)
    , m_clock(clock)
    , m_celsius(celsius)
{
}

QString PortalWeatherSource::name() const
{
    return tr("Your co-op's portal");
}

PortalRequest PortalWeatherSource::request(const QString &zip, QDate from, QDate to) const
{
    QJsonArray columns;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        // As the mobile app sends them: epoch ms as strings.
        columns.append(QJsonObject {
            { QStringLiteral("start"), QString::number(m_clock.startOfDay(day)) },
            { QStringLiteral("end"), QString::number(m_clock.startOfDay(day.addDays(1))) },
        });
    }
    PortalRequest request;
    request.method = PortalRequest::Method::Post;
    request.path = QStringLiteral("/services/weather/summaries");
    request.query.addQueryItem(QStringLiteral("zipCode"), zip);
    request.query.addQueryItem(QStringLiteral("start"), QString::number(m_clock.startOfDay(from)));
    request.query.addQueryItem(QStringLiteral("end"),
                               QString::number(m_clock.startOfDay(to.addDays(1))));
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("columns"), columns } })
                       .toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.label = QStringLiteral("weather summaries");
    return request;
}

Job *PortalWeatherSource::fetch(const LocationDetails &where, QDate from, QDate to,
                                QObject *context,
                                std::function<void(const TemperatureSeries &)> done)
{
    QList<PortalRequest> requests;
    std::optional<PortalError> refused;
    const QString zip = where.zip.trimmed().left(5);
    if (zip.isEmpty()) {
        refused = PortalError::make(
            ErrorKind::Invalid, QStringLiteral("weather summaries: the location has no ZIP code"));
    } else {
        const auto pieces = splitByYear(from, to);
        for (const auto &piece : pieces)
            requests.append(request(zip, piece.first, piece.second));
    }
    const bool celsius = m_celsius;
    const WallClock clock = m_clock;
    return startWeatherFetch(
        m_transport, std::move(requests),
        [celsius, clock](const QByteArray &json) {
            return parse::weatherSummaries(json, celsius, clock);
        },
        std::move(refused), context, std::move(done));
}

} // namespace coopdesk::net
