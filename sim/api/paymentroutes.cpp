#include "paymentroutes.h"

#include "paymentchecks.h"
#include "portalroutes.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

namespace sim::api {

namespace {

QJsonObject methodJson(const StoredPaymentMethod &method)
{
    return QJsonObject {
        { u"id"_qs, method.id },
        { u"kind"_qs, method.kind },
        { u"brand"_qs, method.brand },
        { u"last4"_qs, method.last4 },
        { u"maskedNumber"_qs, paymentchecks::masked(method.last4) },
        { u"expiry"_qs, method.expiry },
        { u"convenienceFee"_qs, World::convenienceFee(method).toPlainString() },
    };
}

const StoredPaymentMethod *storedMethod(const Member &member, const QString &id)
{
    for (const StoredPaymentMethod &method : member.paymentMethods) {
        if (method.id == id)
            return &method;
    }
    return nullptr;
}

} // namespace

PaymentRoutes::PaymentRoutes(World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void PaymentRoutes::addTo(Router &router)
{
    const auto secured
        = [&](const QByteArray &method, const QString &path,
              http::Response (PaymentRoutes::*handler)(const Call &, const Member &)) {
              router.add(method, u"/services/secured/"_qs + path, m_guard.secured(this, handler));
          };
    secured("GET", u"payments/history"_qs, &PaymentRoutes::history);
    secured("GET", u"payments/methods"_qs, &PaymentRoutes::methods);
    secured("GET", u"security-phrase"_qs, &PaymentRoutes::securityPhrase);
    secured("POST", u"payments"_qs, &PaymentRoutes::submit);
    secured("GET", u"payments/status"_qs, &PaymentRoutes::status);
}

QJsonObject PaymentRoutes::paymentJson(const Payment &payment) const
{
    // The method may be another login's of the same household (a primary and its secondary).
    const StoredPaymentMethod *stored = nullptr;
    if (const Account *account = m_world.coop().account(payment.accountNumber)) {
        for (const Member *owner : m_world.coop().owners(*account)) {
            if ((stored = storedMethod(*owner, payment.methodId)))
                break;
        }
    }
    QJsonObject method
        = stored ? methodJson(*stored) : QJsonObject { { u"id"_qs, payment.methodId } };
    if (!stored && payment.methodId.startsWith(u"guest-"_qs))
        method.insert(u"kind"_qs, payment.methodId.mid(6).toUpper());
    return QJsonObject {
        { u"confirmation"_qs, payment.confirmation },
        { u"accountNumber"_qs, payment.accountNumber },
        { u"amount"_qs, payment.amount.toPlainString() },
        { u"fee"_qs, payment.fee.toPlainString() },
        { u"postedDateTime"_qs, payment.postedMs },
        { u"status"_qs, payment.status },
        { u"channel"_qs, payment.guest ? u"GUEST"_qs : u"MEMBER"_qs },
        { u"idempotencyKey"_qs, payment.idempotencyKey },
        { u"method"_qs, method },
    };
}

http::Response PaymentRoutes::history(const Call &call, const Member &member)
{
    const QString accountNumber = call.query(u"accountNumber"_qs);
    if (accountNumber.isEmpty())
        return missingParameter(call, u"accountNumber"_qs);
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    QJsonArray rows;
    for (const Payment &payment : m_world.payments(*account))
        rows.append(paymentJson(payment));
    return Call::json(rows);
}

http::Response PaymentRoutes::methods(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (!SessionGuard::names(member, userId))
        return call.forbidden();
    QJsonArray rows;
    for (const StoredPaymentMethod &method : member.paymentMethods)
        rows.append(methodJson(method));
    return Call::json(rows);
}

http::Response PaymentRoutes::securityPhrase(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (!SessionGuard::names(member, userId))
        return call.forbidden();
    return Call::json(QJsonObject { { u"userId"_qs, member.email },
                                    { u"securityPhrase"_qs, member.securityPhrase } });
}

http::Response PaymentRoutes::submit(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString key = body->value(u"idempotencyKey"_qs).toString();
    if (!paymentchecks::idempotencyKeyValid(key))
        return call.error(400, u"idempotencyKey is required: 8 to 128 letters, digits or ._:-"_qs,
                          u"IDEMPOTENCY_KEY_REQUIRED"_qs);

    const QString accountNumber = body->value(u"accountNumber"_qs).toString();
    const Account *account = m_world.coop().account(accountNumber);
    if (!account || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();

    const auto amount = paymentchecks::paymentAmount(body->value(u"amount"_qs));
    if (!amount)
        return call.error(422, paymentchecks::paymentAmountRule(), u"AMOUNT_INVALID"_qs);

    const QString methodId = body->value(u"methodId"_qs).toString();
    if (!storedMethod(member, methodId))
        return call.error(422, u"methodId is not one of the member's stored payment methods"_qs,
                          u"METHOD_UNKNOWN"_qs);

    // The world refuses a key reused for another account or amount; another method too.
    const auto earlier = m_world.paymentByKey(key);
    if (earlier && earlier->methodId != methodId)
        return call.error(409, u"This idempotencyKey was already used for a different payment"_qs,
                          u"IDEMPOTENCY_KEY_REUSED"_qs);

    const PaymentOutcome outcome = m_world.pay(accountNumber, *amount, methodId, key, false);
    switch (outcome.error) {
    case PaymentError::None:
        break;
    case PaymentError::KeyReuse:
        return call.error(409, u"This idempotencyKey was already used for a different payment"_qs,
                          u"IDEMPOTENCY_KEY_REUSED"_qs);
    case PaymentError::InactiveAccount:
        return call.error(422, u"The account is closed"_qs, u"ACCOUNT_INACTIVE"_qs);
    case PaymentError::UnknownMethod:
        return call.error(422, u"Unknown payment method"_qs, u"METHOD_UNKNOWN"_qs);
    case PaymentError::BadAmount:
        return call.error(422, u"The amount cannot be paid"_qs, u"AMOUNT_INVALID"_qs);
    case PaymentError::UnknownAccount:
        return call.forbidden();
    }
    QJsonObject answer = paymentJson(outcome.payment);
    answer.insert(u"replayed"_qs, outcome.replayed);
    answer.insert(
        u"balance"_qs,
        QJsonObject { { u"totalDue"_qs, m_world.balance(*account).totalDue.toPlainString() } });
    return Call::json(answer);
}

http::Response PaymentRoutes::status(const Call &call, const Member &member)
{
    const QString key = call.query(u"idempotencyKey"_qs);
    if (key.isEmpty())
        return missingParameter(call, u"idempotencyKey"_qs);
    const auto payment = m_world.paymentByKey(key);
    // Another member's key is as unknown as a key never sent.
    if (!payment || !SessionGuard::owns(member, payment->accountNumber))
        return call.error(404, u"No payment was received with this idempotencyKey"_qs,
                          u"UNKNOWN_KEY"_qs);
    return Call::json(paymentJson(*payment));
}

} // namespace sim::api
