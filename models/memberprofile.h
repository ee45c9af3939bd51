#pragma once

#include "account.h"

#include <QList>
#include <QString>

namespace coopdesk {

struct PhoneNumber
{
    QString type;   // "MOBILE", "HOME", "WORK"
    QString number; // as the member typed it; 10 digits once punctuation is dropped
};

// The member's own details (project-defined `secured/profile`, docs/api.md).
struct MemberProfile
{
    QString userId;         // the login e-mail (not editable here)
    QString name;           // as the co-op has it (not editable here)
    QList<PhoneNumber> phones;
    PostalAddress mailingAddress;
};

} // namespace coopdesk
