#include "outageroutes.h"

#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

#include <QMap>

#include <array>

namespace sim::api {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kWindowMs = 4 * 60 * kMinute;
constexpr qint64 kHistoryMs = 45LL * 24 * 60 * kMinute; // SmartHub keeps 45 days of outages
constexpr qsizetype kMaxReports = 2000;
constexpr qsizetype kMaxNote = 500;

// Stable across runs and platforms (qHash is seeded per process, so it will not do).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

// One outage on the map, as the status endpoint lists it.
struct ActiveOutage
{
    QString id;
    QString status;
    QString cause;
    QString area;
    qint64 startedMs = 0;
    qint64 restoreMs = 0;
    qint64 customersAffected = 0;
    double latitude = 0;
    double longitude = 0;
    QStringList locations;

    QJsonObject toJson() const
    {
        return QJsonObject {
            { u"outageId"_qs, id },
            { u"status"_qs, status },
            { u"cause"_qs, cause },
            { u"area"_qs, area },
            { u"startedDateTime"_qs, startedMs },
            { u"estimatedRestorationDateTime"_qs, restoreMs },
            { u"customersAffected"_qs, customersAffected },
            { u"latitude"_qs, latitude },
            { u"longitude"_qs, longitude },
            { u"serviceLocationNumbers"_qs, QJsonArray::fromStringList(locations) },
        };
    }
};

QString areaOf(const ServiceLocation &location)
{
    return location.address.city + u", "_qs + location.address.state;
}

QJsonObject reportJson(const OutageReport &report, qint64 nowMs)
{
    QJsonArray history;
    const QList<OutageReport::Step> steps = report.progress(nowMs);
    for (const OutageReport::Step &step : steps)
        history.append(
            QJsonObject { { u"status"_qs, step.status }, { u"dateTime"_qs, step.atMs } });
    return QJsonObject {
        { u"ticketId"_qs, report.ticketId },
        { u"accountNumber"_qs, report.accountNumber },
        { u"serviceLocationNumber"_qs, report.serviceLocationNumber },
        { u"kind"_qs, report.kind },
        { u"note"_qs, report.note },
        { u"reportedDateTime"_qs, report.reportedMs },
        { u"status"_qs, steps.last().status },
        { u"statusHistory"_qs, history },
    };
}

} // namespace

bool OutageReport::isOutageKind() const
{
    return kind == u"NO_POWER"_qs || kind == u"PARTIAL_POWER"_qs || kind == u"LINE_DOWN"_qs;
}

QList<OutageReport::Step> OutageReport::progress(qint64 nowMs) const
{
    struct Stage
    {
        const char16_t *status;
        qint64 afterMs;
    };
    static constexpr std::array kOutage {
        Stage { u"RECEIVED", 0 },
        Stage { u"CONFIRMED", 5 * kMinute },
        Stage { u"CREW_ASSIGNED", 15 * kMinute },
        Stage { u"CREW_ON_SITE", 45 * kMinute },
        Stage { u"RESTORED", 90 * kMinute },
    };
    static constexpr std::array kOther {
        Stage { u"RECEIVED", 0 },
        Stage { u"UNDER_REVIEW", 30 * kMinute },
        Stage { u"CLOSED", 24 * 60 * kMinute },
    };
    QList<Step> steps;
    const auto walk = [&](const auto &stages) {
        for (const Stage &stage : stages) {
            if (stage.afterMs == 0 || reportedMs + stage.afterMs <= nowMs)
                steps.append({ QString::fromUtf16(stage.status), reportedMs + stage.afterMs });
        }
    };
    if (isOutageKind())
        walk(kOutage);
    else
        walk(kOther);
    return steps;
}

const QStringList &OutageRoutes::kinds()
{
    static const QStringList list { u"NO_POWER"_qs,   u"PARTIAL_POWER"_qs, u"LINE_DOWN"_qs,
                                    u"FLICKERING"_qs, u"STREETLIGHT"_qs,   u"OTHER"_qs };
    return list;
}

OutageRoutes::OutageRoutes(const World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void OutageRoutes::addTo(Router &router)
{
    router.add("POST", u"/services/secured/outages/reports"_qs,
               m_guard.secured(this, &OutageRoutes::report));
    router.add("GET", u"/services/secured/outages/status"_qs,
               m_guard.secured(this, &OutageRoutes::status));
}

http::Response OutageRoutes::report(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString accountNumber = body->value(u"accountNumber"_qs).toString();
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();

    const QString locationNumber = body->value(u"serviceLocationNumber"_qs).toString();
    const auto location
        = std::find_if(account->locations.cbegin(), account->locations.cend(),
                       [&](const ServiceLocation &l) { return l.number == locationNumber; });
    if (location == account->locations.cend())
        return call.error(422, u"serviceLocationNumber is not a location of this account"_qs,
                          u"LOCATION_UNKNOWN"_qs);
    if (!location->active)
        return call.error(422, u"This service location is not active"_qs, u"LOCATION_INACTIVE"_qs);
    const QString kind = body->value(u"kind"_qs).toString();
    if (!kinds().contains(kind))
        return call.error(422, u"kind must be one of "_qs + kinds().join(u", "_qs),
                          u"KIND_INVALID"_qs);
    const QString note = body->value(u"note"_qs).toString().trimmed();
    if (note.size() > kMaxNote)
        return call.error(422, u"note is limited to 500 characters"_qs, u"NOTE_TOO_LONG"_qs);
    if (kind == u"OTHER"_qs && note.isEmpty())
        return call.error(422, u"Please describe the problem in note"_qs, u"NOTE_REQUIRED"_qs);

    if (m_reports.size() >= kMaxReports)
        m_reports.removeFirst();
    m_reports.append({ u"OR-"_qs + QString::number(m_nextTicket++), accountNumber, locationNumber,
                       kind, note, call.nowMs() });
    return Call::json(reportJson(m_reports.last(), call.nowMs()), 201);
}

QJsonArray OutageRoutes::areaOutages(const Member &member, qint64 nowMs) const
{
    // The member's active locations by area (city and state).
    QMap<QString, QList<const ServiceLocation *>> areas;
    for (const Account *account : m_world.coop().accountsOf(member)) {
        for (const ServiceLocation &location : account->locations) {
            if (location.active)
                areas[areaOf(location)].append(&location);
        }
    }
    static const QStringList kCauses { u"Under investigation"_qs, u"Tree on line"_qs,
                                       u"Equipment failure"_qs,   u"Vehicle accident"_qs,
                                       u"Animal contact"_qs,      u"Weather"_qs };
    QJsonArray outages;
    for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
        // An outage may outlast the window it began in, so the previous window counts too.
        const qint64 window = nowMs / kWindowMs;
        for (qint64 w = window - 1; w <= window; ++w) {
            const quint64 h = mix(m_world.seed() ^ fnv1a(it.key()) ^ mix(quint64(w)));
            if (h % 100 >= 30) // about one window in three has an outage in the area
                continue;
            const qint64 start = w * kWindowMs + qint64((h >> 8) % 90) * kMinute;
            const qint64 restore = start + (45 + qint64((h >> 16) % 120)) * kMinute;
            if (nowMs < start || nowMs >= restore)
                continue;
            ActiveOutage outage;
            outage.id = u"OUT-"_qs + QString::number(h % 1000000).rightJustified(6, u'0');
            outage.status = nowMs - start < 10 * kMinute ? u"REPORTED"_qs
                : nowMs - start < 30 * kMinute           ? u"CREW_ASSIGNED"_qs
                                                         : u"CREW_ON_SITE"_qs;
            outage.cause = kCauses.at(qsizetype((h >> 24) % quint64(kCauses.size())));
            outage.area = it.key();
            outage.startedMs = start;
            outage.restoreMs = restore;
            outage.customersAffected = qint64(5 + (h >> 32) % 400);
            // Somewhere near the member's first location in the area.
            const ServiceLocation *first = it.value().first();
            outage.latitude = first->latitude + double(qint64((h >> 40) % 200) - 100) / 10000.0;
            outage.longitude = first->longitude + double(qint64((h >> 48) % 200) - 100) / 10000.0;
            for (const ServiceLocation *location : it.value())
                outage.locations.append(location->number);
            outages.append(outage.toJson());
        }
    }
    return outages;
}

http::Response OutageRoutes::status(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (!userId.isEmpty() && !SessionGuard::names(member, userId))
        return call.forbidden();
    const qint64 nowMs = call.nowMs();
    QJsonArray outages = areaOutages(member, nowMs);
    QJsonArray reports;
    for (auto it = m_reports.crbegin(); it != m_reports.crend(); ++it) {
        const OutageReport &report = *it;
        // The household sees its reports: every login of the account, not just the reporter.
        if (!SessionGuard::owns(member, report.accountNumber)
            || nowMs - report.reportedMs > kHistoryMs)
            continue;
        const QJsonObject json = reportJson(report, nowMs);
        reports.append(json);
        const QString current = json.value(u"status"_qs).toString();
        if (report.isOutageKind() && current != u"RESTORED"_qs) {
            const ServiceLocation *location = m_world.coop().location(report.serviceLocationNumber);
            ActiveOutage outage;
            outage.id = u"OUT-"_qs + report.ticketId;
            outage.status = current;
            outage.cause = u"Under investigation"_qs;
            outage.area = location ? areaOf(*location) : QString();
            outage.startedMs = report.reportedMs;
            outage.restoreMs = report.reportedMs + 90 * kMinute;
            outage.customersAffected = 1;
            outage.latitude = location ? location->latitude : 0.0;
            outage.longitude = location ? location->longitude : 0.0;
            outage.locations = { report.serviceLocationNumber };
            outages.append(outage.toJson());
        }
    }
    return Call::json(QJsonObject {
        { u"asOf"_qs, nowMs }, { u"outages"_qs, outages }, { u"reports"_qs, reports } });
}

} // namespace sim::api
