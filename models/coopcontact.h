#pragma once

#include "account.h"

#include <QList>
#include <QString>

#include <optional>

namespace coopdesk {

// A co-op office or payment drop box (project-defined `exposed/offices`, docs/api.md).
struct CoopOffice
{
    enum class Kind { Office, DropBox };
    QString id;
    Kind kind = Kind::Office;
    QString name;               // "Lyons headquarters"
    PostalAddress address;
    QString hours;              // "Mon-Fri 7:30 a.m.-5:00 p.m." (as the co-op writes it)
    QString phone;              // empty for drop boxes
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// A question sent to the co-op's member services (project-defined `secured/messages`).
struct MemberMessage
{
    QString accountNumber;      // may be empty ("about my login")
    QString topic;              // "BILLING", "PAYMENTS", "OUTAGE", "SERVICE", "OTHER"
    QString subject;            // 1-120 characters
    QString body;               // 1-2000 characters
};

} // namespace coopdesk
