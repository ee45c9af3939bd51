#pragma once

// Shared by the tst_net_parse_* suites: fixtures from tests/data, and a simulator World on a
// fixed clock whose payloads the parsers read in-process (no HTTP).

#include "sim/api/simulator.h"
#include "sim/payloads/payloads.h"
#include "sim/world/world.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace parsetesting {

inline QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(COOPDESK_TEST_DATA "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// Mid-November 2026: the data holds both 2026 daylight-saving days (Mar 8, Nov 1) in Denver.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 15), QTime(19, 0), Qt::UTC);
}

inline std::unique_ptr<sim::World> makeWorld()
{
    return std::make_unique<sim::World>(20260915, [] { return fixedNow(); });
}

inline const sim::Member &member(const sim::World &world, const char *email)
{
    for (const sim::Member &m : world.coop().members) {
        if (m.email == QLatin1String(email))
            return m;
    }
    qFatal("no member %s", email);
}

inline const sim::Account &account(const sim::World &world, const char *number)
{
    return *world.coop().account(QString::fromLatin1(number));
}

inline const sim::ServiceLocation &location(const sim::World &world, const char *number)
{
    return *world.coop().location(QString::fromLatin1(number));
}

// A poll request for local days [first, last] of the co-op, read by the simulator's own request
// parser so the answer echoes it in baseUsageParameters as the portal does.
inline sim::payloads::UsageQuery usageQuery(const sim::World &world, const sim::Account &a,
                                            const sim::ServiceLocation &l, const char *timeFrame,
                                            QDate first, QDate last, bool demand = false)
{
    const QJsonObject body {
        { u"timeFrame"_qs, QString::fromLatin1(timeFrame) },
        { u"userId"_qs, u"demo@mountainvalley.coop"_qs },
        { u"screen"_qs, u"USAGE_EXPLORER"_qs },
        { u"includeDemand"_qs, demand },
        { u"serviceLocationNumber"_qs, l.number },
        { u"accountNumber"_qs, a.number },
        { u"industries"_qs, QJsonArray { u"ELECTRIC"_qs } },
        { u"startDateTime"_qs, double(world.wallClock().startOfDay(first)) },
        { u"endDateTime"_qs, double(world.wallClock().startOfDay(last.addDays(1))) },
    };
    QString error;
    const auto q = sim::payloads::parseUsageQuery(QJsonDocument(body).toJson(), &error);
    if (!q)
        qFatal("bad usage query: %s", qPrintable(error));
    return *q;
}

inline QByteArray usageAnswer(const sim::World &world, const char *accountNumber,
                              const char *locationNumber, const char *timeFrame, QDate first,
                              QDate last, bool demand = false)
{
    const sim::Account &a = account(world, accountNumber);
    const sim::ServiceLocation &l = location(world, locationNumber);
    return sim::payloads::usageComplete(world, a, l,
                                        usageQuery(world, a, l, timeFrame, first, last, demand));
}

// The simulator's HTTP routes answered in-process (no socket): for the project-defined endpoints,
// which live in the api layer rather than in sim::payloads.
class Portal
{
public:
    Portal()
        : m_simulator(sim::SimulatorOptions { .clock = [] {
            return fixedNow();
        } })
    {
    }

    sim::World &world() { return m_simulator.world(); }

    // Logs in; false when the portal refused.
    bool login(const QString &email, const QString &password)
    {
        QUrlQuery form;
        form.addQueryItem(u"userId"_qs, email);
        form.addQueryItem(u"password"_qs, password);
        sim::http::Request r = request("POST", u"/services/oauth/auth/v2"_qs, {});
        r.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        r.body = form.toString(QUrl::FullyEncoded).toUtf8();
        const QJsonObject answer
            = QJsonDocument::fromJson(m_simulator.handle(r).response.body).object();
        m_token = answer.value(u"authorizationToken"_qs).toString().toUtf8();
        m_user = email.toUtf8();
        return !m_token.isEmpty();
    }

    sim::http::Response get(const QString &path, const QUrlQuery &query = {})
    {
        return m_simulator.handle(request("GET", path, query)).response;
    }

    sim::http::Response post(const QString &path, const QJsonObject &body,
                             const QUrlQuery &query = {})
    {
        sim::http::Request r = request("POST", path, query);
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return m_simulator.handle(r).response;
    }

private:
    sim::http::Request request(const QByteArray &method, const QString &path,
                               const QUrlQuery &query)
    {
        sim::http::Request r;
        r.method = method;
        r.path = path;
        r.query = query;
        r.target
            = (query.isEmpty() ? path : path + u'?' + query.toString(QUrl::FullyEncoded)).toUtf8();
        r.peer = QHostAddress(QHostAddress::LocalHost);
        r.secure = true;
        if (!m_token.isEmpty()) {
            r.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + m_token));
            r.headers.append(qMakePair(QByteArray("X-Nisc-Smarthub-Username"), m_user));
        }
        return r;
    }

    sim::Simulator m_simulator;
    QByteArray m_token;
    QByteArray m_user;
};

} // namespace parsetesting
