#pragma once

#include "models/weather.h"
#include "net/client/smarthubclient.h"
#include "net/parse/parsers.h"

#include <QDate>
#include <QString>

#include <functional>

namespace coopdesk::net {

using parse::LocationDetails;

// Where daily (and, where the source has them, hourly) temperatures come from, so the usage
// charts do not care: the portal's weather call or the Open-Meteo archive (design.md).
class WeatherSource
{
public:
    virtual ~WeatherSource() = default;
    // Temperatures in °F for the local days [from, to] (inclusive, in the co-op's zone) at a
    // service location (its latitude/longitude or ZIP, from service-locations/<loc>).
    virtual Job *fetch(const LocationDetails &where, QDate from, QDate to, QObject *context,
                       std::function<void(const TemperatureSeries &)> done)
        = 0;
    virtual QString name() const = 0; // "Open-Meteo", for a chart's source line
};

// Splits local dates [from, to] at calendar-year ends: one request per piece, so no request
// asks for more than a year (Open-Meteo answers get big; the portal caps its columns).
QList<QPair<QDate, QDate>> splitByYear(QDate from, QDate to);

// Joins pieces in order: daily rows by day, hours by start, each once.
TemperatureSeries mergeTemperatures(const QList<TemperatureSeries> &pieces);

} // namespace coopdesk::net
