#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace coopdesk {

// An amount of US dollars held as whole cents: money is never binary floating point.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    // Rounds half away from zero to the nearest cent: for JSON numbers from the portal.
    static Money fromDollars(double dollars);
    // Accepts "12", "12.3", "12.34", "-0.50", "$1,234.56"; nothing else (no exponent, no 3rd decimal).
    static std::optional<Money> parse(QStringView text);

    constexpr qint64 cents() const { return m_cents; }
    double toDollars() const { return double(m_cents) / 100.0; }
    // "1234.56" / "-0.50": the wire and CSV form.
    QString toPlainString() const;

    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    Money &operator+=(Money o) { m_cents += o.m_cents; return *this; }
    Money &operator-=(Money o) { m_cents -= o.m_cents; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

    // A price in micro-dollars (1e-6 $) times a quantity, rounded half away from zero to a cent.
    static Money fromMicroDollars(double microDollars);

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace coopdesk
