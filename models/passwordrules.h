#pragma once

#include <QStringView>

namespace coopdesk {

// The co-ops' password rule: 8-15 characters with a capital letter, a numeral and a special
// character. Checked as the member types, and by the portal again.
struct PasswordCheck
{
    bool length = false;    // 8..15 characters
    bool capital = false;   // an upper-case letter
    bool numeral = false;   // a digit
    bool special = false;   // a character that is neither letter, digit nor space
    bool noSpaces = true;
    bool ok() const { return length && capital && numeral && special && noSpaces; }
};

PasswordCheck checkPassword(QStringView password);

// The anti-phishing phrase: at least 5 characters once trimmed, at most 64.
bool isAcceptableSecurityPhrase(QStringView phrase);

} // namespace coopdesk
