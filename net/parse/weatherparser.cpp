// Temperatures: the Open-Meteo archive API and the portal's weather/summaries call, both into
// °F on real instants and local days.
#include "jsonsupport.h"
#include "parsers.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace coopdesk::net::parse {

using namespace detail;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double toF(double value, bool celsius)
{
    return celsius ? value * 9.0 / 5.0 + 32.0 : value;
}

// Open-Meteo labels units "°C" / "°F"; without a label its default, Celsius, applies.
bool isCelsius(const QJsonValue &unitLabel)
{
    const QString unit = unitLabel.toString();
    return !unit.contains(u'F', Qt::CaseInsensitive);
}

double numberOrNan(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : nan;
}

// How the answer's times map to instants and local days. A zone with transitions reads local
// labels through the WallClock (so a fall-back day's repeated label becomes two instants); a
// fixed zone (GMT, or a zone Qt does not know) uses utc_offset_seconds.
class AnswerClock
{
public:
    explicit AnswerClock(const QJsonObject &o)
        : m_offsetMs(qint64(o.value(u"utc_offset_seconds").toInt()) * 1000)
    {
        const QByteArray id = o.value(u"timezone").toString().toUtf8();
        if (!id.isEmpty() && id != "GMT" && id != "UTC") {
            const QTimeZone zone(id);
            if (zone.isValid() && zone.hasTransitions())
                m_clock.emplace(zone);
            else if (!zone.isValid())
                qCInfo(lcParse) << "open-meteo: unknown time zone, using the fixed UTC offset";
        }
    }

    // A local wall-clock label ("2026-11-01T01:00") as a real instant; `repeat` for a label
    // that is not later than one seen before (the second pass through a repeated hour).
    std::optional<qint64> fromLabel(const QString &label, qint64 *latestFake) const
    {
        const QDateTime t = QDateTime::fromString(label, Qt::ISODate);
        if (!t.isValid())
            return std::nullopt;
        const qint64 fake = QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch();
        const bool repeat = fake <= *latestFake;
        *latestFake = std::max(*latestFake, fake);
        if (m_clock)
            return m_clock->fromFakeUtc(fake, repeat);
        return fake - m_offsetMs;
    }

    QDate localDate(qint64 utcMs) const
    {
        if (m_clock)
            return m_clock->localDate(utcMs);
        return QDateTime::fromMSecsSinceEpoch(utcMs + m_offsetMs, Qt::UTC).date();
    }

private:
    qint64 m_offsetMs = 0;
    std::optional<WallClock> m_clock;
};

bool isUnixTime(const QJsonObject &units, const QJsonArray &times)
{
    const QString format = units.value(u"time").toString();
    if (!format.isEmpty())
        return format == u"unixtime";
    return !times.isEmpty() && times.first().isDouble();
}

std::optional<QString> readHourly(const QJsonObject &o, const AnswerClock &clock,
                                  TemperatureSeries &out)
{
    const QJsonObject hourly = o.value(u"hourly").toObject();
    if (hourly.isEmpty())
        return std::nullopt;
    const QJsonObject units = o.value(u"hourly_units").toObject();
    const bool celsius = isCelsius(units.value(u"temperature_2m"));
    const QJsonArray times = hourly.value(u"time").toArray();
    const QJsonArray values = hourly.value(u"temperature_2m").toArray();
    if (times.size() != values.size())
        return QStringLiteral("hourly time and temperature_2m differ in length");
    const bool unix = isUnixTime(units, times);
    out.hourStartMs.reserve(size_t(times.size()));
    out.hourlyF.reserve(size_t(times.size()));
    qint64 latestFake = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < times.size(); ++i) {
        std::optional<qint64> at;
        if (unix) {
            if (const auto seconds = optionalMs(times.at(i)))
                at = *seconds * 1000;
        } else
            at = clock.fromLabel(times.at(i).toString(), &latestFake);
        if (!at)
            return QStringLiteral("an hourly time is not readable");
        out.hourStartMs.push_back(*at);
        out.hourlyF.push_back(toF(numberOrNan(values.at(i)), celsius));
    }
    return std::nullopt;
}

std::optional<QString> readDaily(const QJsonObject &o, const AnswerClock &clock,
                                 TemperatureSeries &out)
{
    const QJsonObject daily = o.value(u"daily").toObject();
    if (daily.isEmpty())
        return std::nullopt;
    const QJsonObject units = o.value(u"daily_units").toObject();
    const QJsonArray times = daily.value(u"time").toArray();
    const bool unix = isUnixTime(units, times);
    struct Column
    {
        QJsonArray values;
        bool celsius = true;
        bool present = false;
    };
    const auto column = [&](const char16_t *name) {
        const QString key = QString::fromUtf16(name);
        return Column { daily.value(key).toArray(), isCelsius(units.value(key)),
                        daily.contains(key) };
    };
    const Column high = column(u"temperature_2m_max");
    const Column low = column(u"temperature_2m_min");
    const Column mean = column(u"temperature_2m_mean");
    for (const Column *c : { &high, &low, &mean }) {
        if (c->present && c->values.size() != times.size())
            return QStringLiteral("daily time and values differ in length");
    }
    const auto valueAt = [](const Column &c, qsizetype i) {
        return c.present ? toF(numberOrNan(c.values.at(i)), c.celsius) : nan;
    };
    out.daily.reserve(size_t(times.size()));
    for (qsizetype i = 0; i < times.size(); ++i) {
        QDate day;
        if (unix) {
            if (const auto s = optionalMs(times.at(i)))
                day = clock.localDate(*s * 1000);
        } else {
            day = QDate::fromString(times.at(i).toString(), Qt::ISODate);
        }
        if (!day.isValid())
            return QStringLiteral("a daily time is not readable");
        out.daily.push_back({ day, valueAt(high, i), valueAt(low, i), valueAt(mean, i) });
    }
    return std::nullopt;
}

Parsed<TemperatureSeries> summaries(const QByteArray &json, bool celsius, const WallClock *clock)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<TemperatureSeries>::failure(u"weather summaries: " + d.error);
    if (!d.doc.isArray())
        return Parsed<TemperatureSeries>::failure(QStringLiteral("weather summaries: not a list"));
    TemperatureSeries out;
    const QJsonArray rows = d.doc.array();
    out.daily.reserve(size_t(rows.size()));
    const auto temperature = [celsius](const QJsonValue &read) {
        return toF(numberOrNan(read.toObject().value(u"temperature")), celsius);
    };
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const auto at = optionalMs(row.value(u"dateTime"));
        if (!at)
            return Parsed<TemperatureSeries>::failure(
                QStringLiteral("weather summaries: a row has no dateTime"));
        const QDate day
            = clock ? clock->localDate(*at) : QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).date();
        out.daily.push_back({ day, temperature(row.value(u"highRead")),
                              temperature(row.value(u"lowRead")),
                              temperature(row.value(u"avgRead")) });
    }
    return Parsed<TemperatureSeries>::success(std::move(out));
}

} // namespace

Parsed<TemperatureSeries> openMeteo(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<TemperatureSeries>::failure(u"open-meteo: " + d.error);
    const QJsonObject o = d.doc.object();
    if (!d.doc.isObject())
        return Parsed<TemperatureSeries>::failure(QStringLiteral("open-meteo: not an object"));
    if (o.value(u"error").toBool())
        return Parsed<TemperatureSeries>::failure(u"open-meteo: " + o.value(u"reason").toString());
    if (!o.contains(u"hourly") && !o.contains(u"daily"))
        return Parsed<TemperatureSeries>::failure(
            QStringLiteral("open-meteo: neither hourly nor daily values"));
    const AnswerClock clock(o);
    TemperatureSeries out;
    if (const auto error = readHourly(o, clock, out))
        return Parsed<TemperatureSeries>::failure(u"open-meteo: " + *error);
    if (const auto error = readDaily(o, clock, out))
        return Parsed<TemperatureSeries>::failure(u"open-meteo: " + *error);
    return Parsed<TemperatureSeries>::success(std::move(out));
}

Parsed<TemperatureSeries> weatherSummaries(const QByteArray &json, bool celsius)
{
    return summaries(json, celsius, nullptr);
}

Parsed<TemperatureSeries> weatherSummaries(const QByteArray &json, bool celsius,
                                           const WallClock &clock)
{
    return summaries(json, celsius, &clock);
}

} // namespace coopdesk::net::parse
