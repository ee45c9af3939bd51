#include "paynowapi.h"

#include "paymentchecks.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace coopdesk::net {

namespace {

bool allDigits(const QString &s, qsizetype minLength, qsizetype maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

PortalRequest guestPost(const QString &path, const QJsonObject &body, const QString &label)
{
    PortalRequest request
        = postJsonRequest(path, QJsonDocument(body).toJson(QJsonDocument::Compact), label);
    request.authenticated = false;
    return request;
}

} // namespace

PayNowApi::PayNowApi(PortalTransport *transport, const WallClock &clock)
    : m_transport(transport)
    , m_clock(clock)
{
}

QDate PayNowApi::today() const
{
    if (m_today)
        return m_today();
    return m_clock.localDate(QDateTime::currentMSecsSinceEpoch());
}

Job *PayNowApi::lookup(const QString &accountNumber, const QString &name, QObject *context,
                       std::function<void(const PayNowLookup &)> done)
{
    const QJsonObject body { { QStringLiteral("accountNumber"), accountNumber.trimmed() },
                             { QStringLiteral("name"), name.trimmed() } };
    const WallClock clock = m_clock;
    return new SingleCallJob<PayNowLookup>(
        m_transport,
        guestPost(QStringLiteral("/services/paynow/lookup"), body, QStringLiteral("paynow lookup")),
        [clock](const PortalResponse &r) { return parse::payNowLookup(r.body, clock); }, context,
        std::move(done));
}

std::optional<PaymentProblem> PayNowApi::problemWith(const GuestPayment &payment, QDate today)
{
    if (payment.accountNumber.trimmed().isEmpty() || payment.name.trimmed().isEmpty())
        return PaymentProblem { QStringLiteral("NOT_FOUND"),
                                tr("Enter the account number and the last name on the account.") };
    if (payment.amount < Money::fromCents(1) || payment.amount > Money::fromCents(100'000'00))
        return PaymentProblem { QStringLiteral("AMOUNT_INVALID"),
                                tr("Enter an amount from $0.01 to $100,000.00.") };
    if (const auto *card = std::get_if<CardDetails>(&payment.method)) {
        if (!luhnValid(card->number))
            return PaymentProblem { QStringLiteral("CARD_NUMBER_INVALID"),
                                    tr("The card number is not valid; please check it.") };
        if (!cardExpiryValid(card->expiry.trimmed(), today))
            return PaymentProblem { QStringLiteral("CARD_EXPIRY_INVALID"),
                                    tr("The card's expiry date is not valid or has passed.") };
        const QString digits = digitsOnly(card->number);
        const bool amex = digits.startsWith(u"34") || digits.startsWith(u"37");
        if (!allDigits(card->cvv.trimmed(), amex ? 4 : 3, amex ? 4 : 3))
            return PaymentProblem { QStringLiteral("CARD_CVV_INVALID"),
                                    tr("The security code on the back of the card is not valid.") };
        if (!allDigits(card->postalCode.trimmed(), 5, 5))
            return PaymentProblem { QStringLiteral("POSTAL_CODE_INVALID"),
                                    tr("Enter the card's five-digit billing ZIP code.") };
    } else if (const auto *bank = std::get_if<BankDetails>(&payment.method)) {
        if (!abaRoutingValid(bank->routingNumber.trimmed()))
            return PaymentProblem { QStringLiteral("ROUTING_NUMBER_INVALID"),
                                    tr("The bank routing number is not valid; please check it.") };
        if (!allDigits(bank->accountNumber.trimmed(), 4, 17))
            return PaymentProblem { QStringLiteral("BANK_ACCOUNT_INVALID"),
                                    tr("The bank account number is not valid; please check it.") };
        const QString type = bank->accountType.trimmed().toUpper();
        if (type != u"CHECKING" && type != u"SAVINGS")
            return PaymentProblem { QStringLiteral("BANK_ACCOUNT_TYPE_INVALID"),
                                    tr("Choose a checking or a savings account.") };
    }
    if (!payment.idempotencyKey.isEmpty() && !idempotencyKeyValid(payment.idempotencyKey))
        return PaymentProblem {
            QStringLiteral("IDEMPOTENCY_KEY_REQUIRED"),
            tr("This payment cannot be sent as it is; please start it again.")
        };
    return std::nullopt;
}

PaymentSubmission *PayNowApi::pay(const GuestPayment &payment, QObject *context,
                                  std::function<void(const PaymentRecord &)> done)
{
    const QString key
        = payment.idempotencyKey.isEmpty() ? newIdempotencyKey() : payment.idempotencyKey;
    std::optional<PortalError> refused;
    PortalRequest submitRequest;
    if (const auto problem = problemWith(payment, today())) {
        // Only the check's code goes to the log, never the numbers.
        refused = PortalError::make(ErrorKind::Invalid,
                                    u"paynow payment refused before sending: " + problem->code);
    } else {
        QJsonObject method;
        if (const auto *card = std::get_if<CardDetails>(&payment.method)) {
            method = { { QStringLiteral("kind"), QStringLiteral("CARD") },
                       { QStringLiteral("cardNumber"), digitsOnly(card->number) },
                       { QStringLiteral("expiry"), card->expiry.trimmed() },
                       { QStringLiteral("cvv"), card->cvv.trimmed() },
                       { QStringLiteral("postalCode"), card->postalCode.trimmed() } };
        } else if (const auto *bank = std::get_if<BankDetails>(&payment.method)) {
            method = { { QStringLiteral("kind"), QStringLiteral("BANK") },
                       { QStringLiteral("routingNumber"), bank->routingNumber.trimmed() },
                       { QStringLiteral("bankAccountNumber"), bank->accountNumber.trimmed() },
                       { QStringLiteral("accountType"), bank->accountType.trimmed().toUpper() } };
        }
        const QJsonObject body { { QStringLiteral("idempotencyKey"), key },
                                 { QStringLiteral("accountNumber"),
                                   payment.accountNumber.trimmed() },
                                 { QStringLiteral("name"), payment.name.trimmed() },
                                 { QStringLiteral("amount"), payment.amount.toPlainString() },
                                 { QStringLiteral("method"), method } };
        submitRequest = guestPost(QStringLiteral("/services/paynow/payments"), body,
                                  QStringLiteral("paynow payment"));
    }
    submitRequest.retryTransient = false;

    const QJsonObject statusBody { { QStringLiteral("idempotencyKey"), key },
                                   { QStringLiteral("accountNumber"),
                                     payment.accountNumber.trimmed() },
                                   { QStringLiteral("name"), payment.name.trimmed() } };
    const PortalRequest statusRequest
        = guestPost(QStringLiteral("/services/paynow/payments/status"), statusBody,
                    QStringLiteral("paynow status"));
    return new PaymentSubmission(m_transport, key, std::move(submitRequest), statusRequest,
                                 std::move(refused), m_scheduler, context, std::move(done));
}

} // namespace coopdesk::net
