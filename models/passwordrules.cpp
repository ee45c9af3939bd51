#include "passwordrules.h"

namespace coopdesk {

PasswordCheck checkPassword(QStringView password)
{
    PasswordCheck check;
    check.length = password.size() >= 8 && password.size() <= 15;
    for (QChar c : password) {
        if (c.isSpace())
            check.noSpaces = false;
        else if (c.isUpper())
            check.capital = true;
        else if (c.isDigit())
            check.numeral = true;
        else if (!c.isLetter())
            check.special = true;
    }
    return check;
}

bool isAcceptableSecurityPhrase(QStringView phrase)
{
    const qsizetype length = phrase.trimmed().size();
    return length >= 5 && length <= 64;
}

} // namespace coopdesk
