#include "amountrow.h"

#include "paymenttext.h"
#include "ui/common/formatting.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace coopdesk::ui {

namespace {
// The portal's own limits for one payment (docs/api.md, AMOUNT_INVALID).
constexpr Money smallest = Money::fromCents(1);
constexpr Money largest = Money::fromCents(100000 * 100);
} // namespace

AmountRow::AmountRow(const Account &account, QWidget *parent)
    : QWidget(parent)
    , m_account(account.number)
    , m_name(new QLabel(accountLabel(account), this))
    , m_choice(new QComboBox(this))
    , m_other(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(u"amountRow_"_qs + account.number);
    m_name->setObjectName(u"accountName"_qs);
    m_choice->setObjectName(u"amountChoice"_qs);
    //: %1 an account number
    m_choice->setAccessibleName(tr("Amount to pay on account %1").arg(account.number));
    m_other->setObjectName(u"otherAmount"_qs);
    m_other->setAccessibleName(tr("Other amount for account %1").arg(account.number));
    m_other->setPlaceholderText(tr("Amount, such as 25.00"));
    m_error->setObjectName(u"amountError"_qs);
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_remove->setObjectName(u"removeAccount"_qs);
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove account %1 from this payment").arg(account.number));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_choice->addItem(tr("Loading amounts…"));
    m_choice->setEnabled(false);
    m_other->setEnabled(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_choice, 0, 1);
    grid->addWidget(m_other, 0, 2);
    grid->addWidget(m_remove, 0, 3);
    grid->addWidget(m_error, 1, 1, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        m_other->setEnabled(choice() == Choice::Other);
        if (choice() == Choice::Other)
            m_other->setFocus();
        update();
    });
    connect(m_other, &QLineEdit::textChanged, this, &AmountRow::update);
    connect(m_remove, &QToolButton::clicked, this, &AmountRow::removeRequested);
    update();
}

void AmountRow::setFacts(const BillingFacts &facts)
{
    m_facts = facts;
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    //: %1 an amount of money
    m_choice->addItem(tr("Total due: %1").arg(formatMoney(facts.totalDue)),
                      int(Choice::TotalDue));
    if (facts.pastDue > Money())
        m_choice->addItem(tr("Past due: %1").arg(formatMoney(facts.pastDue)), int(Choice::PastDue));
    m_choice->addItem(tr("Other amount"), int(Choice::Other));
    m_choice->setEnabled(true);
    m_choice->setCurrentIndex(facts.totalDue > Money() ? 0 : m_choice->count() - 1);
    m_other->setEnabled(choice() == Choice::Other);
    update();
}

void AmountRow::setChoice(Choice choice)
{
    const int index = m_choice->findData(int(choice));
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

AmountRow::Choice AmountRow::choice() const
{
    const QVariant chosen = m_choice->currentData();
    return chosen.isValid() ? Choice(chosen.toInt()) : Choice::TotalDue;
}

void AmountRow::setOtherAmount(const QString &text)
{
    setChoice(Choice::Other);
    m_other->setText(text);
}

std::optional<Money> AmountRow::amount() const
{
    if (!m_facts)
        return std::nullopt;
    std::optional<Money> value;
    switch (choice()) {
    case Choice::TotalDue: value = m_facts->totalDue; break;
    case Choice::PastDue: value = m_facts->pastDue; break;
    case Choice::Other: value = parseMoney(m_other->text()); break;
    }
    if (!value || *value < smallest || *value > largest)
        return std::nullopt;
    return value;
}

QString AmountRow::problem() const
{
    if (!m_facts)
        return tr("Loading what this account owes…");
    if (amount())
        return {};
    if (choice() == Choice::TotalDue)
        return tr("Nothing is due on this account. Choose “Other amount” to pay ahead.");
    if (choice() == Choice::PastDue)
        return tr("Nothing is past due on this account.");
    if (m_other->text().trimmed().isEmpty())
        return tr("Enter the amount to pay, such as 25.00.");
    const std::optional<Money> typed = parseMoney(m_other->text());
    if (!typed)
        return tr("“%1” is not an amount. Enter dollars and cents, such as 25.00.")
                .arg(m_other->text().trimmed());
    if (*typed < smallest)
        return tr("The amount must be at least %1.").arg(formatMoney(smallest));
    return tr("One payment can be at most %1.").arg(formatMoney(largest));
}

void AmountRow::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

void AmountRow::update()
{
    // A problem is shown once there is something to judge; an empty "Other" box is only a hint.
    const QString why = problem();
    const bool show = m_facts && !why.isEmpty()
            && !(choice() == Choice::Other && m_other->text().trimmed().isEmpty());
    m_error->setText(show ? why : QString());
    m_error->setVisible(show);
    m_other->setAccessibleDescription(show ? why : QString());
    Q_EMIT changed();
}

} // namespace coopdesk::ui
