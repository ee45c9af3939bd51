#include "money.h"

#include <cmath>
#include <limits>

namespace coopdesk {

Money Money::fromDollars(double dollars)
{
    return Money(qint64(std::llround(dollars * 100.0)));
}

Money Money::fromMicroDollars(double microDollars)
{
    return Money(qint64(std::llround(microDollars / 10000.0)));
}

std::optional<Money> Money::parse(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    if (s.startsWith(u'$'))
        s = s.mid(1);
    if (s.isEmpty())
        return std::nullopt;

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = -1; // -1: no decimal point seen
    int wholeDigits = 0;
    for (QChar c : s) {
        if (c == u',' && fractionDigits < 0 && wholeDigits > 0)
            continue;
        if (c == u'.' && fractionDigits < 0) {
            fractionDigits = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (fractionDigits < 0) {
            if (whole > (std::numeric_limits<qint64>::max() / 1000))
                return std::nullopt;
            whole = whole * 10 + digit;
            ++wholeDigits;
        } else {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        }
    }
    if (wholeDigits == 0 && fractionDigits <= 0)
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 cents = whole * 100 + fraction;
    return Money(negative ? -cents : cents);
}

QString Money::toPlainString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString out = QString::number(magnitude / 100) + u'.'
                  + QString::number(magnitude % 100).rightJustified(2, u'0');
    return m_cents < 0 ? u'-' + out : out;
}

} // namespace coopdesk
