#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <variant>

namespace coopdesk {

// A payment method the member stored with the portal, masked: never a full card or bank number.
struct StoredPaymentMethod
{
    QString id; // "pm-1001"
    QString kind; // "CARD", "BANK"
    QString brand; // "VISA", "Checking"
    QString last4;
    QString expiry; // "09/28"; empty for bank accounts
    Money convenienceFee; // charged on top of each payment with this method (cards); 0 for banks
};

// One payment: a history row, a submit's outcome, or a status-by-key answer.
struct PaymentRecord
{
    QString confirmation; // "P-600001"
    QString accountNumber;
    QString methodId; // empty for guest payments
    QString status; // "POSTED"
    QString idempotencyKey; // empty for payments made before the API existed
    Money amount;
    qint64 postedMs = 0;
    bool guest = false; // channel GUEST (PayNow)
    // Additions (the parser fills these when the portal sends them).
    QString methodKind; // "CARD", "BANK"
    QString methodBrand;
    QString methodLast4;
    bool replayed = false; // a submit answered from an earlier identical request
    std::optional<Money> balanceTotalDue; // submit answer: the account's total due afterwards
    Money fee; // the convenience fee charged with it (not part of `amount`)
};

// PayNow guest lookup: all the portal reveals about an account without a login.
struct PayNowLookup
{
    Money amountDue;
    QDate dueDate; // local date in the co-op's zone; invalid when there is no bill yet
    qint64 dueDateMs = 0; // addition: the instant as sent (local midnight), 0 when null
};

struct PaymentOrder
{
    QString accountNumber;
    Money amount;
    QString methodId; // a stored method's id ("pm-1001")
    QString idempotencyKey; // made once per confirmed payment (newIdempotencyKey());
                            // reused only to retry that same payment
};

struct CardDetails
{
    QString number; // spaces and dashes allowed
    QString expiry; // "MM/YY" or "MM/YYYY"
    QString cvv;
    QString postalCode; // 5 digits
};

struct BankDetails
{
    QString routingNumber; // 9 digits, ABA checksum
    QString accountNumber; // 4-17 digits
    QString accountType = QStringLiteral("CHECKING"); // or "SAVINGS"
};

// A guest (PayNow) payment, typed at the kiosk or the login screen.
struct GuestPayment
{
    QString idempotencyKey; // one per confirmed payment; empty: a new one is made
    QString accountNumber;
    QString name; // the account holder's last name, or the business name
    Money amount;
    std::variant<CardDetails, BankDetails> method;
    void wipe(); // overwrites and clears every card/bank field
};

} // namespace coopdesk
