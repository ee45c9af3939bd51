#include "paymentsapi.h"

#include "paymentchecks.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

namespace {
constexpr Money maxAmount = Money::fromCents(100'000'00);
} // namespace

PaymentsApi::PaymentsApi(Session *session)
    : m_session(session)
{
}

Job *PaymentsApi::history(const QString &accountNumber, QObject *context,
                          std::function<void(const QList<PaymentRecord> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountNumber"), accountNumber);
    return new SingleCallJob<QList<PaymentRecord>>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/payments/history"), query,
                   QStringLiteral("payment history")),
        [](const PortalResponse &r) { return parse::paymentHistory(r.body); }, context,
        std::move(done));
}

Job *PaymentsApi::storedMethods(QObject *context,
                                std::function<void(const QList<StoredPaymentMethod> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_session->info().username);
    return new SingleCallJob<QList<StoredPaymentMethod>>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/payments/methods"), query,
                   QStringLiteral("payment methods")),
        [](const PortalResponse &r) { return parse::paymentMethods(r.body); }, context,
        std::move(done));
}

Job *PaymentsApi::securityPhrase(QObject *context, std::function<void(const QString &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_session->info().username);
    return new SingleCallJob<QString>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/security-phrase"), query,
                   QStringLiteral("security phrase")),
        [](const PortalResponse &r) { return parse::securityPhrase(r.body); }, context,
        std::move(done));
}

std::optional<QString> PaymentsApi::problemWith(const PaymentOrder &order)
{
    if (order.accountNumber.trimmed().isEmpty())
        return tr("Choose the account to pay.");
    if (order.methodId.trimmed().isEmpty())
        return tr("Choose how to pay.");
    if (order.amount <= Money() || order.amount > maxAmount)
        return tr("Enter an amount from $0.01 to $100,000.00.");
    if (!order.idempotencyKey.isEmpty() && !idempotencyKeyValid(order.idempotencyKey))
        return tr("This payment cannot be sent as it is; please start it again.");
    return std::nullopt;
}

PaymentSubmission *PaymentsApi::submit(const PaymentOrder &order, QObject *context,
                                       std::function<void(const PaymentRecord &)> done)
{
    const QString key = order.idempotencyKey.isEmpty() ? newIdempotencyKey() : order.idempotencyKey;
    std::optional<PortalError> refused;
    if (const auto problem = problemWith(order))
        refused
            = PortalError::make(ErrorKind::Invalid, u"payment refused before sending: " + *problem);

    const QJsonObject body {
        { QStringLiteral("idempotencyKey"), key },
        { QStringLiteral("accountNumber"), order.accountNumber },
        { QStringLiteral("amount"), order.amount.toPlainString() },
        { QStringLiteral("methodId"), order.methodId },
    };
    PortalRequest submitRequest = postJsonRequest(
        QStringLiteral("/services/secured/payments"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("payment"));
    submitRequest.retryTransient = false;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idempotencyKey"), key);
    const PortalRequest statusRequest
        = getRequest(QStringLiteral("/services/secured/payments/status"), query,
                     QStringLiteral("payment status"));

    return new PaymentSubmission(m_session->transport(), key, std::move(submitRequest),
                                 statusRequest, std::move(refused), m_scheduler, context,
                                 std::move(done));
}

Job *PaymentsApi::outcomeOf(const QString &idempotencyKey, QObject *context,
                            std::function<void(const PaymentRecord &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idempotencyKey"), idempotencyKey);
    return new SingleCallJob<PaymentRecord>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/payments/status"), query,
                   QStringLiteral("payment status")),
        [](const PortalResponse &r) { return parse::paymentOutcome(r.body); }, context,
        std::move(done));
}

QString PaymentsApi::checkingMessage()
{
    return tr(
        "The co-op's answer to your payment was lost, so we are checking whether it went through.");
}

} // namespace coopdesk::net
