#pragma once

// Shared by the payload suites: a World on a fixed clock, the demo member, JSON helpers and the
// key-path walk that compares a payload with a captured fixture.

#include "sim/payloads/payloads.h"
#include "support/jsonkeypaths.h"
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

using testsupport::keyPaths;
using testsupport::missingKeyPaths;

inline const sim::Account &account(const sim::World &world, const char *number)
{
    return *world.coop().account(QString::fromLatin1(number));
}

inline const sim::ServiceLocation &location(const sim::World &world, const char *number)
{
    return *world.coop().location(QString::fromLatin1(number));
}

} // namespace payloadtesting
