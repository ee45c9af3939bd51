#include "paynowroutes.h"

#include "paymentchecks.h"
#include "router.h"
#include "sim/world/world.h"

namespace sim::api {

namespace {

QString peerKey(const http::Request &request)
{
    return request.peer.toString();
}

QString normalizedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

struct GuestMethod
{
    QString methodId; // "guest-card" / "guest-bank", as the World records it
    QJsonObject summary; // {kind, brand, last4}: all that is kept
    std::optional<http::Response> invalid;
};

GuestMethod checkMethod(const Call &call, const QJsonObject &method, QDate today)
{
    using namespace paymentchecks;
    const QString kind = method.value(u"kind"_qs).toString().toUpper();
    const auto fail = [&call](const QString &message, const QString &code) {
        return GuestMethod { {}, {}, call.error(422, message, code) };
    };
    if (kind == u"CARD"_qs) {
        const auto number = digitsOf(method.value(u"cardNumber"_qs).toString());
        if (!number || !luhnValid(*number))
            return fail(u"The card number is not valid"_qs, u"CARD_NUMBER_INVALID"_qs);
        if (!expiryValid(method.value(u"expiry"_qs).toString(), today))
            return fail(u"The card expiry must be MM/YY and not in the past"_qs,
                        u"CARD_EXPIRY_INVALID"_qs);
        const QString brand = cardBrand(*number);
        const auto cvv = digitsOf(method.value(u"cvv"_qs).toString());
        const qsizetype cvvLength = brand == u"AMEX"_qs ? 4 : 3;
        if (!cvv || cvv->size() != cvvLength)
            return fail(u"The security code is not valid"_qs, u"CARD_CVV_INVALID"_qs);
        const auto zip = digitsOf(method.value(u"postalCode"_qs).toString());
        if (!zip || zip->size() != 5)
            return fail(u"The billing ZIP code must have 5 digits"_qs, u"POSTAL_CODE_INVALID"_qs);
        return GuestMethod {
            u"guest-card"_qs,
            { { u"kind"_qs, kind }, { u"brand"_qs, brand }, { u"last4"_qs, number->right(4) } },
            std::nullopt
        };
    }
    if (kind == u"BANK"_qs) {
        const auto routing = digitsOf(method.value(u"routingNumber"_qs).toString());
        if (!routing || !abaRoutingValid(*routing))
            return fail(u"The routing number is not valid"_qs, u"ROUTING_NUMBER_INVALID"_qs);
        const auto account = digitsOf(method.value(u"bankAccountNumber"_qs).toString());
        if (!account || account->size() < 4 || account->size() > 17)
            return fail(u"The bank account number must have 4 to 17 digits"_qs,
                        u"BANK_ACCOUNT_INVALID"_qs);
        const QString type = method.value(u"accountType"_qs).toString().toUpper();
        if (type != u"CHECKING"_qs && type != u"SAVINGS"_qs)
            return fail(u"accountType must be CHECKING or SAVINGS"_qs,
                        u"BANK_ACCOUNT_TYPE_INVALID"_qs);
        return GuestMethod {
            u"guest-bank"_qs,
            { { u"kind"_qs, kind }, { u"brand"_qs, type }, { u"last4"_qs, account->right(4) } },
            std::nullopt
        };
    }
    return fail(u"method.kind must be CARD or BANK"_qs, u"METHOD_INVALID"_qs);
}

// What a guest sees of a payment: no account details beyond what they typed.
QJsonObject guestPaymentJson(const Payment &payment, const QJsonObject &method)
{
    return QJsonObject {
        { u"status"_qs, payment.status },
        { u"confirmation"_qs, payment.confirmation },
        { u"amount"_qs, payment.amount.toPlainString() },
        { u"postedDateTime"_qs, payment.postedMs },
        { u"idempotencyKey"_qs, payment.idempotencyKey },
        { u"method"_qs, method },
    };
}

} // namespace

PayNowRoutes::PayNowRoutes(World &world)
    : m_world(world)
    , m_failures(kFailureLimit, kFailureWindowMs)
{
}

void PayNowRoutes::addTo(Router &router)
{
    router.add("POST", u"/services/paynow/lookup"_qs, [this](const Call &c) { return lookup(c); });
    router.add("POST", u"/services/paynow/payments"_qs, [this](const Call &c) { return pay(c); });
    router.add("POST", u"/services/paynow/payments/status"_qs,
               [this](const Call &c) { return status(c); });
}

std::optional<http::Response> PayNowRoutes::rateLimited(const Call &call) const
{
    const qint64 waitMs = m_failures.retryAfterMs(peerKey(call.request), call.nowMs());
    if (waitMs <= 0)
        return std::nullopt;
    http::Response response = call.error(
        429, u"Too many attempts. Please wait before trying again."_qs, u"TOO_MANY_ATTEMPTS"_qs);
    response.setHeader("Retry-After", QByteArray::number((waitMs + 999) / 1000));
    return response;
}

const Account *PayNowRoutes::identify(const Call &call, const QJsonObject &body,
                                      std::optional<http::Response> *refusal)
{
    if ((*refusal = rateLimited(call)))
        return nullptr;
    const Account *account = m_world.coop().account(body.value(u"accountNumber"_qs).toString());
    const QString name = normalizedName(body.value(u"name"_qs).toString());
    if (account && !name.isEmpty() && normalizedName(account->lastName) == name)
        return account;
    m_failures.record(peerKey(call.request), call.nowMs());
    // The same words whether the number or the name was wrong.
    *refusal
        = call.error(404, u"We could not find an account with that account number and name."_qs,
                     u"NOT_FOUND"_qs);
    return nullptr;
}

http::Response PayNowRoutes::lookup(const Call &call)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    std::optional<http::Response> refusal;
    const Account *account = identify(call, *body, &refusal);
    if (!account)
        return *refusal;
    const Balance balance = m_world.balance(*account);
    return Call::json(QJsonObject {
        { u"amountDue"_qs, balance.totalDue.toPlainString() },
        { u"dueDate"_qs,
          balance.dueDate.isValid() ? QJsonValue(m_world.wallClock().startOfDay(balance.dueDate))
                                    : QJsonValue() },
    });
}

http::Response PayNowRoutes::pay(const Call &call)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString key = body->value(u"idempotencyKey"_qs).toString();
    if (!paymentchecks::idempotencyKeyValid(key))
        return call.error(400, u"idempotencyKey is required: 8 to 128 letters, digits or ._:-"_qs,
                          u"IDEMPOTENCY_KEY_REQUIRED"_qs);
    std::optional<http::Response> refusal;
    const Account *account = identify(call, *body, &refusal);
    if (!account)
        return *refusal;

    const auto amount = paymentchecks::paymentAmount(body->value(u"amount"_qs));
    if (!amount)
        return call.error(422, paymentchecks::paymentAmountRule(), u"AMOUNT_INVALID"_qs);
    const GuestMethod method
        = checkMethod(call, body->value(u"method"_qs).toObject(), m_world.today());
    if (method.invalid)
        return *method.invalid;

    const auto conflict = [&call] {
        return call.error(409, u"This idempotencyKey was already used for a different payment"_qs,
                          u"IDEMPOTENCY_KEY_REUSED"_qs);
    };
    if (m_methodSummaries.contains(key) && m_methodSummaries.value(key) != method.summary)
        return conflict();
    const PaymentOutcome outcome
        = m_world.pay(account->number, *amount, method.methodId, key, true);
    switch (outcome.error) {
    case PaymentError::None:
        break;
    case PaymentError::KeyReuse:
        return conflict();
    case PaymentError::InactiveAccount:
        return call.error(422, u"This account cannot take payments online"_qs,
                          u"ACCOUNT_INACTIVE"_qs);
    default:
        return call.error(422, u"The payment could not be made"_qs, u"PAYMENT_REFUSED"_qs);
    }
    m_methodSummaries.insert(key, method.summary);
    QJsonObject answer = guestPaymentJson(outcome.payment, method.summary);
    answer.insert(u"replayed"_qs, outcome.replayed);
    return Call::json(answer);
}

http::Response PayNowRoutes::status(const Call &call)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    std::optional<http::Response> refusal;
    const Account *account = identify(call, *body, &refusal);
    if (!account)
        return *refusal;
    const QString key = body->value(u"idempotencyKey"_qs).toString();
    const auto payment = m_world.paymentByKey(key);
    if (!payment || payment->accountNumber != account->number || !payment->guest)
        return call.error(404, u"No payment was received with this idempotencyKey"_qs,
                          u"UNKNOWN_KEY"_qs);
    return Call::json(guestPaymentJson(*payment, m_methodSummaries.value(key)));
}

} // namespace sim::api
