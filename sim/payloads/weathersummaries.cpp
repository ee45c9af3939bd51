// POST /services/weather/summaries?zipCode=&start=&end= (the mobile app's weather call, EGO
// `requests/tpd-post-weather.md`): one row per requested column with the highest, lowest and
// average hourly reading inside it. As in that capture: temperatures and dew points in °C, wind
// in m/s, the average's dateTime is the time of the answer and its wind/dew fields are 0.
// Readings run up to now (weather is observed live, unlike meter data).
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sim::payloads {

using namespace detail;

namespace {

constexpr qint64 msPerHour = 3600LL * 1000;
constexpr int maxColumns = 2000;
constexpr qint64 maxHours = 24LL * 366 * 6;

Payload springError(const World &world, int status, const char *error, const QString &message)
{
    JsonWriter w;
    w.beginObject();
    w.field("timestamp", world.now().toMSecsSinceEpoch());
    w.field("status", status);
    w.field("error", error);
    w.field("message", message);
    w.field("path", "/services/weather/summaries");
    w.endObject();
    return { status, w.take(), QByteArrayLiteral("application/json") };
}

std::optional<qint64> msValue(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 ms = v.toString().trimmed().toLongLong(&ok);
    if (v.isString() && ok)
        return ms;
    return std::nullopt;
}

struct Column
{
    qint64 start = 0;
    qint64 end = 0;
};

struct Reading
{
    qint64 at = 0;
    double f = 0;
};

void writeRead(JsonWriter &w, const char *name, qint64 at, double celsius, double windMs,
               double windDirection, double dewC, int temperatureDecimals)
{
    w.key(name);
    w.beginObject();
    w.field("dateTime", at);
    w.key("temperature");
    w.rounded(celsius, temperatureDecimals);
    w.key("windSpeed");
    w.rounded(windMs, 2);
    w.key("windDirection");
    w.rounded(windDirection, 0);
    w.key("dewPoint");
    w.rounded(dewC, 1);
    w.endObject();
}

} // namespace

Payload weatherSummaries(const World &world, const QUrlQuery &query, const QByteArray &body)
{
    const QString zip
        = query.queryItemValue(QStringLiteral("zipCode"), QUrl::FullyDecoded).trimmed();
    if (zip.isEmpty())
        return springError(world, 400, "Bad Request", QStringLiteral("zipCode is required"));
    const ServiceLocation *location = locationByZip(world.coop(), zip);
    if (!location)
        return springError(world, 404, "Not Found", u"No weather data for zip code " + zip);

    // Columns from the body; without any, one column per local day of the query's start/end.
    QList<Column> columns;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return springError(world, 400, "Bad Request",
                               QStringLiteral("body must be {\"columns\":[{start,end}]}"));
        const QJsonArray list = doc.object().value(u"columns").toArray();
        for (const QJsonValue &item : list) {
            const auto start = msValue(item.toObject().value(u"start"));
            const auto end = msValue(item.toObject().value(u"end"));
            if (!start || !end || *end <= *start)
                return springError(world, 400, "Bad Request",
                                   QStringLiteral("each column needs start < end (epoch ms)"));
            columns.append({ *start, *end });
        }
    }
    if (columns.isEmpty()) {
        bool okStart = false;
        bool okEnd = false;
        const qint64 start = query.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded)
                                 .toLongLong(&okStart);
        const qint64 end
            = query.queryItemValue(QStringLiteral("end"), QUrl::FullyDecoded).toLongLong(&okEnd);
        if (!okStart || !okEnd || end <= start)
            return springError(world, 400, "Bad Request",
                               QStringLiteral("start and end (epoch ms) are required"));
        const coopdesk::WallClock &clock = world.wallClock();
        for (QDate day = clock.localDate(start);
             clock.startOfDay(day) < end && columns.size() <= maxColumns; day = day.addDays(1))
            columns.append({ qMax(start, clock.startOfDay(day)),
                             qMin(end, clock.startOfDay(day.addDays(1))) });
    }
    qint64 hours = 0;
    for (const Column &c : std::as_const(columns))
        hours += (c.end - c.start) / msPerHour + 1;
    if (columns.size() > maxColumns || hours > maxHours)
        return springError(world, 400, "Bad Request",
                           QStringLiteral("too many columns or too long a range"));

    const qint64 nowMs = world.now().toMSecsSinceEpoch();
    const coopdesk::WallClock &clock = world.wallClock();
    QHash<QDate, DailyWeather> days;
    const auto dayOf = [&](qint64 at) -> const DailyWeather & {
        const QDate day = clock.localDate(at);
        auto it = days.find(day);
        if (it == days.end())
            it = days.insert(day, world.dailyWeather(*location, day));
        return it.value();
    };
    constexpr double metresPerSecondPerMph = 0.44704;

    JsonWriter w(columns.size() * 400 + 64);
    w.beginArray();
    for (const Column &c : std::as_const(columns)) {
        // Whole hours starting inside the column and before now.
        const qint64 first = (c.start + msPerHour - 1) / msPerHour * msPerHour;
        const qint64 stop = qMin(c.end, nowMs);
        Reading high;
        Reading low;
        double sum = 0;
        int n = 0;
        for (qint64 at = first; at < stop; at += msPerHour) {
            const double f = world.temperatureF(*location, at);
            if (n == 0 || f > high.f)
                high = { at, f };
            if (n == 0 || f < low.f)
                low = { at, f };
            sum += f;
            ++n;
        }
        if (n == 0)
            continue; // nothing observed yet in this column
        const DailyWeather &highDay = dayOf(high.at);
        const DailyWeather &lowDay = dayOf(low.at);
        w.beginObject();
        w.field("dateTime", c.start);
        writeRead(w, "highRead", high.at, fahrenheitToCelsius(high.f),
                  highDay.windMph * metresPerSecondPerMph, highDay.windDirectionDeg,
                  fahrenheitToCelsius(highDay.dewPointF), 1);
        writeRead(w, "lowRead", low.at, fahrenheitToCelsius(low.f),
                  lowDay.windMph * metresPerSecondPerMph, lowDay.windDirectionDeg,
                  fahrenheitToCelsius(lowDay.dewPointF), 1);
        writeRead(w, "avgRead", nowMs, fahrenheitToCelsius(sum / n), 0, 0, 0, 4);
        w.endObject();
    }
    w.endArray();
    return { 200, w.take(), QByteArrayLiteral("application/json") };
}

} // namespace sim::payloads
