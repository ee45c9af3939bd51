#include "accountstatusroutes.h"

#include "portalroutes.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

namespace sim::api {

AccountStatusRoutes::AccountStatusRoutes(World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void AccountStatusRoutes::addTo(Router &router)
{
    const auto secured
        = [&](const QByteArray &method, const QString &path,
              http::Response (AccountStatusRoutes::*handler)(const Call &, const Member &)) {
              router.add(method, u"/services/secured/"_qs + path, m_guard.secured(this, handler));
          };
    secured("GET", u"accounts/status"_qs, &AccountStatusRoutes::status);
    secured("PUT", u"paperless"_qs, &AccountStatusRoutes::setPaperless);
    secured("POST", u"autopay"_qs, &AccountStatusRoutes::enrol);
    secured("DELETE", u"autopay"_qs, &AccountStatusRoutes::cancel);
}

QJsonObject AccountStatusRoutes::accountJson(const Account &account) const
{
    const QDate due = m_world.dueDate(account);
    const AutoPayEnrolment autoPay = m_world.autoPay(account);
    return QJsonObject {
        { u"accountNumber"_qs, account.number },
        { u"dueDate"_qs,
          due.isValid() ? QJsonValue(m_world.wallClock().startOfDay(due)) : QJsonValue() },
        { u"autoPay"_qs,
          QJsonObject { { u"enrolled"_qs, autoPay.enrolled },
                        { u"methodId"_qs, autoPay.methodId } } },
    };
}

QJsonObject AccountStatusRoutes::statusJson(const Member &member) const
{
    QJsonArray accounts;
    for (const Account *account : m_world.coop().accountsOf(member))
        accounts.append(accountJson(*account));
    return QJsonObject { { u"paperless"_qs, m_world.settings().paperless(member) },
                         { u"accounts"_qs, accounts } };
}

http::Response AccountStatusRoutes::status(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (!SessionGuard::names(member, userId))
        return call.forbidden();
    return Call::json(statusJson(member));
}

http::Response AccountStatusRoutes::setPaperless(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body || !body->value(u"paperless"_qs).isBool())
        return call.error(400, u"The body must be a JSON object with a boolean paperless"_qs,
                          u"BAD_REQUEST"_qs);
    m_world.settings().setPaperless(member, body->value(u"paperless"_qs).toBool());
    return Call::json(statusJson(member));
}

http::Response AccountStatusRoutes::enrol(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString accountNumber = body->value(u"accountNumber"_qs).toString();
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    if (account->inactive)
        return call.error(422, u"The account is closed"_qs, u"ACCOUNT_INACTIVE"_qs);
    const QString methodId = body->value(u"methodId"_qs).toString();
    const bool known = std::any_of(member.paymentMethods.cbegin(), member.paymentMethods.cend(),
                                   [&](const StoredPaymentMethod &m) { return m.id == methodId; });
    if (!known)
        return call.error(422, u"methodId is not one of the member's stored payment methods"_qs,
                          u"METHOD_UNKNOWN"_qs);
    m_world.setAutoPay(accountNumber, true, methodId);
    return Call::json(accountJson(*account));
}

http::Response AccountStatusRoutes::cancel(const Call &call, const Member &member)
{
    const QString accountNumber = call.query(u"accountNumber"_qs);
    if (accountNumber.isEmpty())
        return missingParameter(call, u"accountNumber"_qs);
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    m_world.setAutoPay(accountNumber, false, {});
    return Call::json(accountJson(*account));
}

} // namespace sim::api
