#pragma once

// Shared by the payload suites: a World on a fixed clock, the demo member, JSON helpers and the
// key-path walk that compares a payload with a captured fixture.

#include "sim/payloads/payloads.h"
#include "sim/world/world.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace payloadtesting {

// Mid-November 2026, so the data holds both 2026 daylight-saving days (Mar 8, Nov 1) in Denver.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 15), QTime(19, 0), Qt::UTC);
}

inline constexpr quint64 seed = 20260915;

inline std::unique_ptr<sim::World> makeWorld()
{
    return std::make_unique<sim::World>(seed, [] { return fixedNow(); });
}

inline const sim::Member &demoMember(const sim::World &world)
{
    for (const sim::Member &m : world.coop().members) {
        if (m.role.startsWith(u"demo"))
            return m;
    }
    return world.coop().members.first();
}

inline QJsonDocument parse(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON at %d: %s", error.offset, qPrintable(error.errorString()));
    return doc;
}

inline QJsonDocument fixture(const char *name)
{
    QFile file(QStringLiteral(COOPDESK_TEST_DATA "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

// Maps keyed by ids (account, location, meter, provider and service codes, x timestamps, Meter
// toString() keys, yyyyMM months): their keys are compared as a wildcard "*".
inline bool isIdKeyedMap(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("accountBillingMap"),
        QStringLiteral("serviceBillingMap"),
        QStringLiteral("providerBillingMap"),
        QStringLiteral("serviceLocationMap"),
        QStringLiteral("serviceLocationStatusMap"),
        QStringLiteral("meters"),
        QStringLiteral("creditRatingHistory"),
        QStringLiteral("meterToChartData"),
        QStringLiteral("xToOrderedInterval"),
        QStringLiteral("meterNumbersToExternalMeterBaseIds"),
        QStringLiteral("serviceLocationIdToServiceLocationSummary"),
        QStringLiteral("serviceLocationToIndustries"),
        QStringLiteral("serviceLocationToProviders"),
        QStringLiteral("serviceLocationToUserDataServiceLocationSummaries"),
        QStringLiteral("providerToDescription"),
        QStringLiteral("providerToProviderDescription"),
        QStringLiteral("serviceToProviders"),
        QStringLiteral("serviceToServiceDescription"),
    };
    return names.contains(name);
}

// Every key path of a JSON value: objects by key ("*" under id-keyed maps), arrays as "[]" with
// the union of their elements' paths.
inline void collectPaths(const QJsonValue &value, const QString &path, const QString &name,
                         QSet<QString> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const bool wildcard = isIdKeyedMap(name);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'.' + (wildcard ? QStringLiteral("*") : it.key());
            out.insert(child);
            collectPaths(it.value(), child, it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const QString child = path + QStringLiteral("[]");
        for (const QJsonValue &item : array)
            collectPaths(item, child, name, out);
    }
}

inline QSet<QString> paths(const QJsonValue &value)
{
    QSet<QString> out;
    collectPaths(value, QStringLiteral("$"), QString(), out);
    return out;
}

// Fixture paths missing from the payload, sorted (empty when the payload covers the fixture).
inline QStringList missingPaths(const QJsonValue &fixture, const QJsonValue &payload)
{
    const QSet<QString> have = paths(payload);
    QStringList missing;
    const QSet<QString> want = paths(fixture);
    for (const QString &p : want) {
        if (!have.contains(p))
            missing.append(p);
    }
    missing.sort();
    return missing;
}

inline const sim::Account &account(const sim::World &world, const char *number)
{
    return *world.coop().account(QString::fromLatin1(number));
}

inline const sim::ServiceLocation &location(const sim::World &world, const char *number)
{
    return *world.coop().location(QString::fromLatin1(number));
}

} // namespace payloadtesting
