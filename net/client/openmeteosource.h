#pragma once

#include "net/client/weathersource.h"

#include <QTimeZone>
#include <QUrl>

namespace coopdesk::net {

// The Open-Meteo historical weather archive (GET /v1/archive): daily high/low/mean and hourly
// temperatures in °F at the location's latitude/longitude, days in the co-op's zone, times as
// unixtime. Unauthenticated, on another host (an absoluteUrl request through the same
// transport). Ranges are fetched a calendar year per request.
class OpenMeteoSource : public WeatherSource
{
public:
    static QUrl defaultBaseUrl(); // https://archive-api.open-meteo.com

    OpenMeteoSource(PortalTransport *transport, const QTimeZone &coopZone,
                    QUrl baseUrl = defaultBaseUrl());

    Job *fetch(const LocationDetails &where, QDate from, QDate to, QObject *context,
               std::function<void(const TemperatureSeries &)> done) override;
    QString name() const override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // The request for one piece (for tests and logs).
    PortalRequest request(double latitude, double longitude, QDate from, QDate to) const;

private:
    PortalTransport *m_transport;
    QTimeZone m_zone;
    QUrl m_baseUrl;
};

} // namespace coopdesk::net
