#pragma once

#include "models/wallclock.h"
#include "net/client/weathersource.h"

#include <QCoreApplication>

namespace coopdesk::net {

// The portal's own weather call (POST /services/weather/summaries?zipCode=&start=&end=, the
// mobile app's, smarthub-api.md §4.7): one column per local day, high/low/average read per
// column. Its numbers are °C in the one capture (docs/api.md), converted to °F here; a co-op
// found to answer in °F is configured with setCelsius(false). Daily rows only, no hours.
class PortalWeatherSource : public WeatherSource
{
    Q_DECLARE_TR_FUNCTIONS(PortalWeatherSource)
public:
    PortalWeatherSource(PortalTransport *transport, const WallClock &clock, bool celsius = true);

    Job *fetch(const LocationDetails &where, QDate from, QDate to, QObject *context,
               std::function<void(const TemperatureSeries &)> done) override;
    QString name() const override;

    void setCelsius(bool celsius) { m_celsius = celsius; }
    void setTimeZone(const QTimeZone &zone) { m_clock = WallClock(zone); }

    // The request for one piece (for tests and logs).
    PortalRequest request(const QString &zip, QDate from, QDate to) const;

private:
    PortalTransport *m_transport;
    WallClock m_clock;
    bool m_celsius;
};

} // namespace coopdesk::net
