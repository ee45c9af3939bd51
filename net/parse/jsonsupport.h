#pragma once

#include "models/money.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QString>

#include <optional>

// Small helpers the QJsonDocument-based parsers share. Internal to coopdesk_netparse.
namespace coopdesk::net::parse::detail {

Q_DECLARE_LOGGING_CATEGORY(lcParse)

// Why bytes are not the JSON we expected, in technical words without echoing the content (it may
// hold personal data): "empty answer", "an HTML page instead of JSON", "not JSON (...) at 12".
QString notJsonReason(const QByteArray &json);

// A document, or the reason there is none.
struct JsonDocument
{
    QJsonDocument doc;
    QString error;
};
JsonDocument readJson(const QByteArray &json);

// A string value, or a number written without a fraction (ids arrive either way); else empty.
QString text(const QJsonValue &v);
// Epoch ms from a number or a numeric string; nullopt for null, absent or anything else.
std::optional<qint64> optionalMs(const QJsonValue &v);
inline qint64 ms(const QJsonValue &v)
{
    return optionalMs(v).value_or(0);
}
// A double from a number or a numeric string; nullopt otherwise ("scrubbed", null).
std::optional<double> optionalNumber(const QJsonValue &v);
// Money from a JSON number (the real SmartHub endpoints). The wire value has at most two
// decimals, so rounding the nearest double to the cent is exact.
Money moneyFromNumber(const QJsonValue &v);
// Money from a decimal string (the project-defined endpoints); nullopt for anything else,
// a JSON number included.
std::optional<Money> moneyFromString(const QJsonValue &v);
QStringList stringList(const QJsonValue &v);

} // namespace coopdesk::net::parse::detail
