// Parsing of the utility-usage/poll request body (smarthub-api.md §4.1). Lenient where real
// clients differ (bounds as numbers or numeric strings, ids as strings or numbers, optional
// screen/industries/userId), strict where a wrong answer would follow (missing or bad bounds,
// unknown timeFrame). Unknown keys (includeCost, dataTypes, selectedIndustry) are ignored.
#include "payloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sim::payloads {

namespace {

// Epoch milliseconds from a JSON number or a string of digits.
std::optional<qint64> epochMs(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 8.64e15)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 ms = v.toString().trimmed().toLongLong(&ok);
        if (ok && std::abs(double(ms)) <= 8.64e15)
            return ms;
    }
    return std::nullopt;
}

// An id sent as "30001" or 30001.
std::optional<QString> idString(const QJsonValue &v)
{
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d == std::floor(d) && d < 9e15)
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

std::optional<bool> flag(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true")
            return true;
        if (s == u"false")
            return false;
    }
    return std::nullopt;
}

std::optional<UsageQuery> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

QString timeFrameName(TimeFrame tf)
{
    switch (tf) {
    case TimeFrame::Hourly:
        return QStringLiteral("HOURLY");
    case TimeFrame::Daily:
        return QStringLiteral("DAILY");
    case TimeFrame::Monthly:
        return QStringLiteral("MONTHLY");
    }
    return {};
}

} // namespace

std::optional<UsageQuery> parseUsageQuery(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, u"request body is not JSON: " + parseError.errorString());
    if (!doc.isObject())
        return fail(error, QStringLiteral("request body must be a JSON object"));
    const QJsonObject o = doc.object();

    UsageQuery q;
    const QString tf = o.value(u"timeFrame").toString().trimmed().toUpper();
    if (tf == u"HOURLY")
        q.timeFrame = TimeFrame::Hourly;
    else if (tf == u"DAILY")
        q.timeFrame = TimeFrame::Daily;
    else if (tf == u"MONTHLY")
        q.timeFrame = TimeFrame::Monthly;
    else if (tf.isEmpty())
        return fail(error, QStringLiteral("timeFrame is missing"));
    else
        return fail(error, u"unsupported timeFrame \"" + tf + u"\" (HOURLY, DAILY or MONTHLY)");

    const QJsonValue startValue = o.value(u"startDateTime");
    const QJsonValue endValue = o.value(u"endDateTime");
    if (startValue.isUndefined() || startValue.isNull())
        return fail(error, QStringLiteral("startDateTime is missing"));
    if (endValue.isUndefined() || endValue.isNull())
        return fail(error, QStringLiteral("endDateTime is missing"));
    const auto start = epochMs(startValue);
    const auto end = epochMs(endValue);
    if (!start)
        return fail(error, QStringLiteral("startDateTime must be epoch milliseconds"));
    if (!end)
        return fail(error, QStringLiteral("endDateTime must be epoch milliseconds"));
    if (*end <= *start)
        return fail(error, QStringLiteral("endDateTime must be after startDateTime"));
    q.startMs = *start;
    q.endMs = *end;

    const auto account = idString(o.value(u"accountNumber"));
    if (!account)
        return fail(error, QStringLiteral("accountNumber is missing"));
    const auto location = idString(o.value(u"serviceLocationNumber"));
    if (!location)
        return fail(error, QStringLiteral("serviceLocationNumber is missing"));
    q.accountNumber = *account;
    q.serviceLocationNumber = *location;

    const auto demand = flag(o.value(u"includeDemand"));
    if (!demand)
        return fail(error, QStringLiteral("includeDemand must be true or false"));
    q.includeDemand = *demand;

    q.userId = o.value(u"userId").toString();
    q.screen
        = o.value(u"screen").toString(); // the api answers FAILED for anything but USAGE_EXPLORER

    const QJsonValue industries = o.value(u"industries");
    if (industries.isArray()) {
        const QJsonArray list = industries.toArray();
        for (const QJsonValue &v : list) {
            if (!v.isString())
                return fail(error, QStringLiteral("industries must be a list of names"));
            q.industries.append(v.toString().toUpper());
        }
    } else if (industries.isString()) {
        q.industries.append(industries.toString().toUpper());
    } else if (!industries.isUndefined() && !industries.isNull()) {
        return fail(error, QStringLiteral("industries must be a list of names"));
    }
    if (q.industries.isEmpty())
        q.industries.append(QStringLiteral("ELECTRIC"));

    // baseUsageParameters: the request as the server understood it (normalized types), like the
    // captured echo, which shows the server's request object rather than the raw body.
    QJsonObject echo;
    echo.insert(u"accountNumber", q.accountNumber);
    echo.insert(u"endDateTime", double(q.endMs));
    echo.insert(u"includeDemand", q.includeDemand);
    echo.insert(u"industries", QJsonArray::fromStringList(q.industries));
    echo.insert(u"screen", q.screen);
    echo.insert(u"serviceLocationNumber", q.serviceLocationNumber);
    echo.insert(u"startDateTime", double(q.startMs));
    echo.insert(u"timeFrame", timeFrameName(q.timeFrame));
    echo.insert(u"userId", q.userId);
    q.echo = echo;
    return q;
}

} // namespace sim::payloads
