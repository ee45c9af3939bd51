#include "portalroutes.h"

#include "faults.h"
#include "polljobs.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/payloads/payloads.h"
#include "sim/world/world.h"

#include <QCoreApplication>

namespace sim::api {

namespace {

constexpr qsizetype kPdfCacheEntries = 16;

http::Response fromPayload(const payloads::Payload &payload)
{
    http::Response response;
    response.status = payload.status;
    response.body = payload.body;
    response.setHeader("Content-Type", payload.contentType);
    return response;
}

http::Response jsonBody(const QByteArray &body)
{
    return http::Response::json(body);
}

QJsonObject statusOnly(const QString &status)
{
    return QJsonObject { { u"status"_qs, status } };
}

} // namespace

http::Response missingParameter(const Call &call, const QString &name)
{
    return call.error(400,
                      u"Required request parameter '"_qs + name
                          + u"' for method parameter type String is not present"_qs);
}

PortalRoutes::PortalRoutes(const World &world, SessionGuard &guard, FaultPlan &faults,
                           PollJobTracker &polls)
    : m_world(world)
    , m_guard(guard)
    , m_faults(faults)
    , m_polls(polls)
{
}

void PortalRoutes::addTo(Router &router)
{
    const auto secured
        = [&](const QByteArray &method, const QString &path,
              http::Response (PortalRoutes::*handler)(const Call &, const Member &)) {
              router.add(method, u"/services/secured/"_qs + path, m_guard.secured(this, handler));
          };
    secured("GET", u"user-data"_qs, &PortalRoutes::userData);
    secured("GET", u"accounts"_qs, &PortalRoutes::accounts);
    secured("GET", u"service-locations/{}"_qs, &PortalRoutes::serviceLocation);
    secured("GET", u"billing"_qs, &PortalRoutes::billing);
    secured("GET", u"billing/history/overview"_qs, &PortalRoutes::billingHistory);
    secured("GET", u"billPdfService/{}"_qs, &PortalRoutes::billPdf);
    secured("POST", u"utility-usage/poll"_qs, &PortalRoutes::usagePoll);
    // Outside /secured/ on the real portal too: answered with or without a bearer.
    router.add("POST", u"/services/weather/summaries"_qs,
               [this](const Call &c) { return weatherSummaries(c); });
    router.add("GET", u"/v1/archive"_qs, [this](const Call &c) { return openMeteoArchive(c); });
}

http::Response PortalRoutes::userData(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (!SessionGuard::names(member, userId))
        return call.forbidden();
    return jsonBody(payloads::userData(m_world, member));
}

http::Response PortalRoutes::accounts(const Call &call, const Member &member)
{
    const QString user = call.query(u"user"_qs);
    if (user.isEmpty())
        return missingParameter(call, u"user"_qs);
    if (!SessionGuard::names(member, user))
        return call.forbidden();
    return jsonBody(payloads::accounts(m_world, member));
}

http::Response PortalRoutes::serviceLocation(const Call &call, const Member &member)
{
    const Account *owner = nullptr;
    const ServiceLocation *location = m_world.coop().location(call.captures.value(0), &owner);
    // Someone else's location and no location at all look the same from outside.
    if (!location || !owner || !SessionGuard::owns(member, owner->number))
        return call.forbidden();
    return jsonBody(payloads::serviceLocation(m_world, *owner, *location));
}

http::Response PortalRoutes::billing(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    const QString accountNumber = call.query(u"accountNumber"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (accountNumber.isEmpty())
        return missingParameter(call, u"accountNumber"_qs);
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::names(member, userId)
        || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    return jsonBody(payloads::billing(m_world, member, *account));
}

http::Response PortalRoutes::billingHistory(const Call &call, const Member &member)
{
    const QString accountNumber = call.query(u"acctNbr"_qs);
    if (accountNumber.isEmpty())
        return missingParameter(call, u"acctNbr"_qs);
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    return jsonBody(payloads::billingHistory(m_world, *account));
}

http::Response PortalRoutes::billPdf(const Call &call, const Member &member)
{
    const QString name = call.captures.value(0);
    if (!name.endsWith(u".pdf"_qs))
        return call.error(404, u"No message available"_qs);
    // The account comes from the query; the file name ends with it too ("<date>_<acct>.pdf").
    QString accountNumber = call.query(u"account"_qs);
    if (accountNumber.isEmpty())
        accountNumber = name.chopped(4).section(u'_', -1);
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();

    const QString uuid = call.query(u"uuid"_qs);
    const QString timestamp = call.query(u"timestamp"_qs);
    const QList<Bill> bills = m_world.bills(*account);
    const Bill *found = nullptr;
    for (const Bill &bill : bills) {
        const bool match = !uuid.isEmpty() ? bill.uuid == uuid
            : !timestamp.isEmpty() ? QString::number(bill.billingDateTimestampMs) == timestamp
                                   : payloads::billPdfName(m_world, bill) == name;
        if (match) {
            found = &bill;
            break;
        }
    }
    if (!found)
        return call.error(404, u"Bill not found"_qs);

    // Drawing a PDF needs fonts, so a QGuiApplication; the app and the tests create one.
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QGuiApplication"))
        return call.error(500, u"Bill rendering is not available"_qs);

    const QString cacheKey = found->uuid + u'/' + QString::number(found->amountDue.cents());
    QByteArray pdf = m_pdfCache.value(cacheKey);
    if (pdf.isEmpty()) {
        pdf = payloads::billPdf(m_world, *account, *found);
        if (m_pdfCache.size() >= kPdfCacheEntries)
            m_pdfCache.clear();
        m_pdfCache.insert(cacheKey, pdf);
    }
    http::Response response;
    response.body = pdf;
    response.setHeader("Content-Type", "application/pdf");
    response.setHeader("Content-Disposition",
                       "inline; filename=\"" + payloads::billPdfName(m_world, *found).toUtf8()
                           + '"');
    return response;
}

http::Response PortalRoutes::usagePoll(const Call &call, const Member &member)
{
    QString reason;
    const auto query = payloads::parseUsageQuery(call.request.body, &reason);
    if (!query)
        return call.error(400, reason.isEmpty() ? u"Malformed usage request"_qs : reason);
    // THU: BILLING, COST and MY_USAGE screens answer FAILED; only the usage explorer is served.
    if (query->screen != u"USAGE_EXPLORER"_qs)
        return Call::json(statusOnly(u"FAILED"_qs));

    const Account *owner = nullptr;
    const ServiceLocation *location = m_world.coop().location(query->serviceLocationNumber, &owner);
    if (!SessionGuard::owns(member, query->accountNumber) || !location || !owner
        || owner->number != query->accountNumber)
        return call.forbidden();

    if (m_faults.take(FaultKind::PendingForever, call.path()))
        return Call::json(statusOnly(u"PENDING"_qs));
    const QByteArray job = PollJobTracker::identity(
        member.email, QJsonDocument(query->echo).toJson(QJsonDocument::Compact));
    if (m_polls.poll(job, call.nowMs()) == PollJobTracker::State::Pending)
        return Call::json(statusOnly(u"PENDING"_qs));
    return jsonBody(payloads::usageComplete(m_world, *owner, *location, *query));
}

http::Response PortalRoutes::weatherSummaries(const Call &call)
{
    return fromPayload(payloads::weatherSummaries(m_world, call.request.query, call.request.body));
}

http::Response PortalRoutes::openMeteoArchive(const Call &call)
{
    return fromPayload(payloads::openMeteoArchive(m_world, call.request.query));
}

} // namespace sim::api
