// GET /v1/archive, compatible with the Open-Meteo historical weather API
// (https://open-meteo.com/en/docs/historical-weather-api): the same parameters, defaults,
// top-level keys and error shape ({"error":true,"reason":...}, HTTP 400), so a client written
// for archive-api.open-meteo.com works against the simulator with only the host changed.
// Weather comes from the service location nearest the requested point (within 50 km).
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cmath>

namespace sim::payloads {

using namespace detail;
using coopdesk::WallClock;

namespace {

constexpr double maxDistanceKm = 50.0;
constexpr qint64 msPerHour = 3600LL * 1000;

Payload openMeteoError(const QString &reason)
{
    JsonWriter w;
    w.beginObject();
    w.field("error", true);
    w.field("reason", reason);
    w.endObject();
    return { 400, w.take(), QByteArrayLiteral("application/json; charset=utf-8") };
}

// "a,b" and repeated parameters both list variables, as Open-Meteo accepts.
QStringList variables(const QUrlQuery &query, const QString &key)
{
    QStringList out;
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    for (const QString &value : values) {
        const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            out.append(part.trimmed());
    }
    return out;
}

std::optional<double> coordinate(const QUrlQuery &query, const QString &key)
{
    bool ok = false;
    const double v = query.queryItemValue(key, QUrl::FullyDecoded).trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString isoDate(QDate day)
{
    return QString::asprintf("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

// A day's aggregates in °F (absent, as nullopt, for a day not entirely before dataEnd).
struct DayValues
{
    double max = 0;
    double min = 0;
    double mean = 0;
};

} // namespace

Payload openMeteoArchive(const World &world, const QUrlQuery &query)
{
    QElapsedTimer timer;
    timer.start();

    const auto latitude = coordinate(query, QStringLiteral("latitude"));
    const auto longitude = coordinate(query, QStringLiteral("longitude"));
    if (!query.hasQueryItem(QStringLiteral("latitude"))
        || !query.hasQueryItem(QStringLiteral("longitude")))
        return openMeteoError(QStringLiteral(
            "Parameter 'latitude' and 'longitude' must have the same number of elements"));
    if (!latitude)
        return openMeteoError(QStringLiteral("Value of type 'Float' required for key 'latitude'."));
    if (!longitude)
        return openMeteoError(
            QStringLiteral("Value of type 'Float' required for key 'longitude'."));
    if (*latitude < -90 || *latitude > 90)
        return openMeteoError(u"Latitude must be in range of -90 to 90°. Given: "
                              + QString::number(*latitude) + u'.');
    if (*longitude < -180 || *longitude > 180)
        return openMeteoError(u"Longitude must be in range of -180 to 180°. Given: "
                              + QString::number(*longitude) + u'.');

    double km = 0;
    const ServiceLocation *location = nearestLocation(world.coop(), *latitude, *longitude, &km);
    if (!location || km > maxDistanceKm)
        return openMeteoError(QStringLiteral("No data is available for this location"));

    const QString startText
        = query.queryItemValue(QStringLiteral("start_date"), QUrl::FullyDecoded).trimmed();
    const QString endText
        = query.queryItemValue(QStringLiteral("end_date"), QUrl::FullyDecoded).trimmed();
    if (startText.isEmpty())
        return openMeteoError(
            QStringLiteral("Value of type 'String' required for key 'start_date'."));
    if (endText.isEmpty())
        return openMeteoError(
            QStringLiteral("Value of type 'String' required for key 'end_date'."));
    const QDate startDate = QDate::fromString(startText, Qt::ISODate);
    const QDate endDate = QDate::fromString(endText, Qt::ISODate);
    if (!startDate.isValid() || startText.size() != 10)
        return openMeteoError(u"Invalid date format. Make sure to use 'YYYY-MM-DD'. Given: "
                              + startText);
    if (!endDate.isValid() || endText.size() != 10)
        return openMeteoError(u"Invalid date format. Make sure to use 'YYYY-MM-DD'. Given: "
                              + endText);
    const QDate earliest(1940, 1, 1);
    const QDate latest = world.today();
    if (startDate < earliest || startDate > latest)
        return openMeteoError(u"Parameter 'start_date' is out of allowed range from "
                              + isoDate(earliest) + u" to " + isoDate(latest));
    if (endDate < earliest || endDate > latest)
        return openMeteoError(u"Parameter 'end_date' is out of allowed range from "
                              + isoDate(earliest) + u" to " + isoDate(latest));
    if (endDate < startDate)
        return openMeteoError(QStringLiteral("End-date must be larger or equals than start-date"));

    const QString unitParam
        = query.queryItemValue(QStringLiteral("temperature_unit"), QUrl::FullyDecoded)
              .trimmed()
              .toLower();
    if (!unitParam.isEmpty() && unitParam != u"celsius" && unitParam != u"fahrenheit")
        return openMeteoError(u"Cannot initialize TemperatureUnit from invalid String value "
                              + unitParam + u" for key temperature_unit");
    const bool fahrenheit = unitParam == u"fahrenheit";

    const QString formatParam
        = query.queryItemValue(QStringLiteral("timeformat"), QUrl::FullyDecoded)
              .trimmed()
              .toLower();
    if (!formatParam.isEmpty() && formatParam != u"iso8601" && formatParam != u"unixtime")
        return openMeteoError(u"Cannot initialize Timeformat from invalid String value "
                              + formatParam + u" for key timeformat");
    const bool unixTime = formatParam == u"unixtime";

    // Default GMT like Open-Meteo; "auto" is the location's own zone (the co-op's).
    const QString zoneParam
        = query.queryItemValue(QStringLiteral("timezone"), QUrl::FullyDecoded).trimmed();
    QTimeZone zone = QTimeZone::utc();
    QString zoneName = QStringLiteral("GMT");
    if (zoneParam.compare(u"auto", Qt::CaseInsensitive) == 0) {
        zone = world.coop().zone;
        zoneName = QString::fromLatin1(zone.id());
    } else if (!zoneParam.isEmpty() && zoneParam != u"GMT" && zoneParam != u"UTC") {
        zone = QTimeZone(zoneParam.toLatin1());
        if (!zone.isValid())
            return openMeteoError(QStringLiteral("Invalid timezone"));
        zoneName = zoneParam;
    }
    const bool coopZone = zone.id() == world.coop().zone.id();
    const WallClock clock(zone);

    const QStringList hourlyVars = variables(query, QStringLiteral("hourly"));
    for (const QString &v : hourlyVars) {
        if (v != u"temperature_2m")
            return openMeteoError(u"Cannot initialize WeatherVariable from invalid String value "
                                  + v + u" for key hourly");
    }
    const QStringList dailyVars = variables(query, QStringLiteral("daily"));
    for (const QString &v : dailyVars) {
        if (v != u"temperature_2m_max" && v != u"temperature_2m_min" && v != u"temperature_2m_mean")
            return openMeteoError(
                u"Cannot initialize DailyWeatherVariable from invalid String value " + v
                + u" for key daily");
    }

    const qint64 firstMs = clock.startOfDay(startDate);
    const qint64 endMs = clock.startOfDay(endDate.addDays(1));
    const qint64 dataEnd = world.dataEndMs(); // nothing from today on: archive data lags
    const auto toUnit = [fahrenheit](double f) {
        return fahrenheit ? f : fahrenheitToCelsius(f);
    };
    const QString unitLabel = fahrenheit ? QStringLiteral("°F") : QStringLiteral("°C");
    const std::string_view timeUnit
        = unixTime ? std::string_view("unixtime") : std::string_view("iso8601");

    // Hourly values, one per real hour (a 25-hour local day has 25), kept for the daily fallback.
    std::vector<qint64> hourMs;
    std::vector<double> hourF;
    const bool needHours = !hourlyVars.isEmpty() || (!dailyVars.isEmpty() && !coopZone);
    if (needHours) {
        hourMs.reserve(size_t((endMs - firstMs) / msPerHour + 1));
        for (qint64 at = firstMs; at < endMs; at += msPerHour) {
            hourMs.push_back(at);
            hourF.push_back(at < dataEnd ? world.temperatureF(*location, at) : std::nan(""));
        }
    }

    // Daily aggregates (°F); empty for days not entirely before dataEnd.
    std::vector<QDate> days;
    std::vector<std::optional<DayValues>> values;
    size_t h = 0;
    for (QDate day = startDate; !dailyVars.isEmpty() && day <= endDate; day = day.addDays(1)) {
        days.push_back(day);
        const qint64 dayStart = clock.startOfDay(day);
        const qint64 dayEnd = clock.startOfDay(day.addDays(1));
        if (dayEnd > dataEnd) {
            values.emplace_back();
            continue;
        }
        if (coopZone) {
            // The co-op's own days: exactly the World's daily weather.
            const DailyWeather dw = world.dailyWeather(*location, day);
            values.push_back(DayValues { dw.highF, dw.lowF, dw.meanF });
            continue;
        }
        DayValues v { -1e9, 1e9, 0 };
        int n = 0;
        for (; h < hourMs.size() && hourMs[h] < dayEnd; ++h) {
            if (hourMs[h] < dayStart)
                continue;
            v.max = std::max(v.max, hourF[h]);
            v.min = std::min(v.min, hourF[h]);
            v.mean += hourF[h];
            ++n;
        }
        if (n == 0) {
            values.emplace_back();
            continue;
        }
        v.mean /= n;
        values.push_back(v);
    }

    JsonWriter w(qsizetype(hourMs.size()) * 32 + qsizetype(startDate.daysTo(endDate) + 1) * 64
                 + 1024);
    w.beginObject();
    w.key("latitude");
    w.rounded(location->latitude, 6);
    w.key("longitude");
    w.rounded(location->longitude, 6);
    w.key("generationtime_ms");
    w.rounded(double(timer.nsecsElapsed()) / 1e6, 6);
    w.field("utc_offset_seconds", clock.offsetAt(firstMs));
    w.field("timezone", zoneName);
    w.field("timezone_abbreviation",
            zoneName == u"GMT"
                ? QStringLiteral("GMT")
                : zone.abbreviation(QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC)));
    w.key("elevation");
    w.value(double(1200 + stableHash(location->number) % 900));

    if (!hourlyVars.isEmpty()) {
        w.key("hourly_units");
        w.beginObject();
        w.field("time", timeUnit);
        w.field("temperature_2m", unitLabel);
        w.endObject();
        w.key("hourly");
        w.beginObject();
        w.key("time");
        w.beginArray();
        for (qint64 at : hourMs) {
            if (unixTime)
                w.value(at / 1000);
            else // local wall-clock label; the repeated hour of a fall-back day repeats its label
                w.value(QDateTime::fromMSecsSinceEpoch(clock.toFakeUtc(at), Qt::UTC)
                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        }
        w.endArray();
        w.key("temperature_2m");
        w.beginArray();
        for (double f : hourF) {
            if (std::isnan(f))
                w.null();
            else
                w.rounded(toUnit(f), 1);
        }
        w.endArray();
        w.endObject();
    }

    if (!dailyVars.isEmpty()) {
        w.key("daily_units");
        w.beginObject();
        w.field("time", timeUnit);
        for (const QString &v : dailyVars) {
            w.key(v);
            w.value(unitLabel);
        }
        w.endObject();
        w.key("daily");
        w.beginObject();
        w.key("time");
        w.beginArray();
        for (QDate day : days) {
            if (unixTime) // the instant of local midnight, as Open-Meteo gives it
                w.value(clock.startOfDay(day) / 1000);
            else
                w.value(isoDate(day));
        }
        w.endArray();
        for (const QString &v : dailyVars) {
            w.key(v);
            w.beginArray();
            for (const auto &value : values) {
                if (!value) {
                    w.null();
                    continue;
                }
                const double f = v == u"temperature_2m_max" ? value->max
                    : v == u"temperature_2m_min"            ? value->min
                                                            : value->mean;
                w.rounded(toUnit(f), 1);
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endObject();
    return { 200, w.take(), QByteArrayLiteral("application/json; charset=utf-8") };
}

} // namespace sim::payloads
