#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace coopdesk {

// The alerts a co-op sends; the wire names are in docs/api.md.
enum class NotificationEvent {
    BillAvailable,      // BILL_AVAILABLE
    PaymentDue,         // PAYMENT_DUE
    PaymentConfirmation,// PAYMENT_CONFIRMATION
    DelinquentNotice,   // DELINQUENT_NOTICE
    CardExpiration,     // CARD_EXPIRATION
    Outage,             // OUTAGE
    UsageThreshold,     // USAGE_THRESHOLD (with NotificationSettings::usageThresholdKwhPerDay)
};

struct NotificationPreference
{
    NotificationEvent event = NotificationEvent::BillAvailable;
    bool email = false;
    bool text = false;
};

// One account's alert choices.
struct NotificationSettings
{
    QString accountNumber;
    QList<NotificationPreference> preferences; // one per event
    std::optional<double> usageThresholdKwhPerDay; // set when USAGE_THRESHOLD is on
};

// Where alerts go. A contact is used only once verified with the code the co-op sends to it.
struct NotificationContact
{
    enum class Kind { Email, Text };
    QString id;           // "c-1"
    Kind kind = Kind::Email;
    QString address;      // e-mail address or phone number ("+1 970 555 0134")
    bool verified = false;
};

} // namespace coopdesk
