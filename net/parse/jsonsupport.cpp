#include "jsonsupport.h"

#include <cmath>

namespace coopdesk::net::parse::detail {

Q_LOGGING_CATEGORY(lcParse, "coopdesk.net.parse")

QString notJsonReason(const QByteArray &json)
{
    const QByteArray head = json.left(256).trimmed();
    if (head.isEmpty())
        return QStringLiteral("empty answer");
    if (head.startsWith('<'))
        return QStringLiteral("an HTML page instead of JSON");
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return u"not JSON (" + error.errorString() + u") at offset "
            + QString::number(error.offset);
    return QStringLiteral("unexpected JSON");
}

JsonDocument readJson(const QByteArray &json)
{
    const QByteArray head = json.left(256).trimmed();
    if (head.isEmpty())
        return { {}, QStringLiteral("empty answer") };
    if (head.startsWith('<'))
        return { {}, QStringLiteral("an HTML page instead of JSON") };
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return { {},
                 u"not JSON (" + error.errorString() + u") at offset "
                     + QString::number(error.offset) };
    return { doc, {} };
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

std::optional<qint64> optionalMs(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::fabs(d) < 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

Money moneyFromNumber(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return Money::fromDollars(v.toDouble());
    if (v.isString()) {
        if (const auto m = Money::parse(v.toString()))
            return *m;
    }
    return {};
}

std::optional<Money> moneyFromString(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return Money::parse(v.toString());
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QString s = text(item);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace coopdesk::net::parse::detail
