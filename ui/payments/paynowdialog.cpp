#include "paynowdialog.h"

#include "models/items/paymentsmodel.h"
#include "paymenttext.h"
#include "receipt.h"
#include "ui/common/formatting.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coopdesk::ui {

namespace {
QLineEdit *field(const QString &name, const QString &accessible, QWidget *parent,
                 Qt::InputMethodHints hints = Qt::ImhNone)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    // Card and bank numbers: no prediction, no learning by on-screen keyboards.
    edit->setInputMethodHints(hints | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(text);
    return b;
}

void wipeEdit(QLineEdit *edit)
{
    // Overwrite the editor's buffer before clearing it; setText() also drops the undo history.
    edit->setText(QString(edit->text().size(), u'0'));
    edit->setText(QString());
    edit->setModified(false);
}
} // namespace

PayNowDialog::PayNowDialog(MemberServices &services, const QString &portal, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_portal(portal)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"payNowDialog"_qs);
    setWindowTitle(tr("Pay without logging in"));
    m_pages->addWidget(buildLookup());
    m_pages->addWidget(buildDetails());
    m_pages->addWidget(buildConfirm());
    m_pages->addWidget(buildSending());
    m_receipt = new ReceiptView(this);
    m_receipt->setObjectName(u"payNowReceipt"_qs);
    m_pages->addWidget(m_receipt);
    connect(m_receipt, &ReceiptView::done, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(560, 520);
}

PayNowDialog::~PayNowDialog()
{
    wipe();
}

PayNowDialog::Step PayNowDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QWidget *PayNowDialog::buildLookup()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Find your account with its number and the account holder's last "
                                "name (or the business name). Only the amount due is shown."),
                             page);
    intro->setWordWrap(true);
    m_account = field(u"payNowAccount"_qs, tr("Account number"), page, Qt::ImhDigitsOnly);
    m_name = field(u"payNowName"_qs, tr("Last name or business name"), page);
    m_find = button(tr("Find account"), u"payNowLookup"_qs, page);
    m_find->setDefault(true);
    m_lookupStatus = new QLabel(page);
    m_lookupStatus->setObjectName(u"payNowLookupStatus"_qs);
    m_lookupStatus->setWordWrap(true);
    auto *cancel = button(tr("Cancel"), u"payNowCancel"_qs, page);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &PayNowDialog::findAccount);
    auto updateFind = [this] {
        m_find->setEnabled(!m_account->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
    };
    connect(m_account, &QLineEdit::textChanged, this, updateFind);
    connect(m_name, &QLineEdit::textChanged, this, updateFind);
    updateFind();

    auto *form = new QFormLayout;
    form->addRow(tr("&Account number:"), m_account);
    form->addRow(tr("&Last name:"), m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_find);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_lookupStatus);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PayNowDialog::buildDetails()
{
    auto *page = new QWidget(this);
    m_due = new QLabel(page);
    m_due->setObjectName(u"payNowAmountDue"_qs);
    m_due->setWordWrap(true);
    m_amount = field(u"payNowAmount"_qs, tr("Amount to pay"), page, Qt::ImhFormattedNumbersOnly);

    m_card = new QRadioButton(tr("&Card"), page);
    m_card->setObjectName(u"payNowCard"_qs);
    m_card->setAccessibleName(tr("Pay by card"));
    m_card->setChecked(true);
    m_bank = new QRadioButton(tr("&Bank account"), page);
    m_bank->setObjectName(u"payNowBank"_qs);
    m_bank->setAccessibleName(tr("Pay from a bank account"));
    auto *kinds = new QButtonGroup(page);
    kinds->addButton(m_card);
    kinds->addButton(m_bank);

    auto *cardPage = new QWidget(page);
    m_cardNumber = field(u"cardNumber"_qs, tr("Card number"), cardPage, Qt::ImhDigitsOnly);
    m_cardExpiry = field(u"cardExpiry"_qs, tr("Card expiry, month and year"), cardPage);
    m_cardExpiry->setPlaceholderText(tr("MM/YY"));
    m_cardCvv = field(u"cardCvv"_qs, tr("Card security code"), cardPage, Qt::ImhDigitsOnly);
    m_cardCvv->setEchoMode(QLineEdit::Password);
    m_cardCvv->setMaxLength(4);
    m_cardZip = field(u"cardZip"_qs, tr("Billing ZIP code"), cardPage, Qt::ImhDigitsOnly);
    m_cardZip->setMaxLength(5);
    auto *cardForm = new QFormLayout(cardPage);
    cardForm->setContentsMargins(0, 0, 0, 0);
    cardForm->addRow(tr("Card &number:"), m_cardNumber);
    cardForm->addRow(tr("E&xpires:"), m_cardExpiry);
    //: The 3 or 4 digit code on the card
    cardForm->addRow(tr("CV&V:"), m_cardCvv);
    cardForm->addRow(tr("Billing &ZIP:"), m_cardZip);

    auto *bankPage = new QWidget(page);
    m_routing = field(u"bankRouting"_qs, tr("Bank routing number"), bankPage, Qt::ImhDigitsOnly);
    m_routing->setMaxLength(9);
    m_bankAccount = field(u"bankAccount"_qs, tr("Bank account number"), bankPage, Qt::ImhDigitsOnly);
    m_bankAccount->setMaxLength(17);
    m_bankType = new QComboBox(bankPage);
    m_bankType->setObjectName(u"bankAccountType"_qs);
    m_bankType->setAccessibleName(tr("Bank account type"));
    m_bankType->addItem(tr("Checking"), u"CHECKING"_qs);
    m_bankType->addItem(tr("Savings"), u"SAVINGS"_qs);
    auto *bankForm = new QFormLayout(bankPage);
    bankForm->setContentsMargins(0, 0, 0, 0);
    bankForm->addRow(tr("&Routing number:"), m_routing);
    bankForm->addRow(tr("Acc&ount number:"), m_bankAccount);
    bankForm->addRow(tr("&Type:"), m_bankType);

    m_methodPages = new QStackedWidget(page);
    m_methodPages->addWidget(cardPage);
    m_methodPages->addWidget(bankPage);

    m_problem = new QLabel(page);
    m_problem->setObjectName(u"payNowProblem"_qs);
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);

    auto *back = button(tr("Back"), u"payNowBackToLookup"_qs, page);
    m_review = button(tr("Review payment"), u"payNowReview"_qs, page);
    m_review->setDefault(true);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(int(Step::Lookup)); });
    connect(m_review, &QPushButton::clicked, this, &PayNowDialog::review);

    const QList<QLineEdit *> edits = {m_amount, m_cardNumber, m_cardExpiry, m_cardCvv, m_cardZip,
                                      m_routing, m_bankAccount};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &PayNowDialog::validate);
    connect(m_bankType, &QComboBox::currentIndexChanged, this, &PayNowDialog::validate);
    connect(m_card, &QRadioButton::toggled, this, [this](bool card) {
        m_methodPages->setCurrentIndex(card ? 0 : 1);
        validate();
    });

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_card);
    kindRow->addWidget(m_bank);
    kindRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("A&mount:"), m_amount);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_review);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_due);
    layout->addLayout(form);
    layout->addLayout(kindRow);
    layout->addWidget(m_methodPages);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PayNowDialog::buildConfirm()
{
    auto *page = new QWidget(this);
    m_confirmText = new QLabel(page);
    m_confirmText->setObjectName(u"payNowConfirmText"_qs);
    m_confirmText->setWordWrap(true);
    m_confirmText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *back = button(tr("Back"), u"payNowBackToDetails"_qs, page);
    m_pay = button(tr("Pay"), u"payNowConfirm"_qs, page);
    m_pay->setDefault(true);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(int(Step::Details)); });
    connect(m_pay, &QPushButton::clicked, this, &PayNowDialog::pay);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_pay);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmText, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PayNowDialog::buildSending()
{
    auto *page = new QWidget(this);
    m_sendStatus = new QLabel(page);
    m_sendStatus->setObjectName(u"payNowSendStatus"_qs);
    m_sendStatus->setWordWrap(true);
    m_retry = button(tr("Try again"), u"payNowRetry"_qs, page);
    auto *close = button(tr("Close"), u"payNowClose"_qs, page);
    connect(m_retry, &QPushButton::clicked, this, &PayNowDialog::send);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_retry->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sendStatus, 1);
    layout->addLayout(buttons);
    return page;
}

void PayNowDialog::findAccount()
{
    m_find->setEnabled(false);
    m_lookupStatus->setText(tr("Looking up the account…"));
    Task *task = m_services.payNowLookup(
            m_portal, m_account->text().trimmed(), m_name->text().simplified(), this,
            [this](const PayNowLookup &found) {
                m_lookup = found;
                m_find->setEnabled(true);
                m_lookupStatus->clear();
                if (found.dueDate.isValid())
                    //: %1 an amount of money, %2 a date
                    m_due->setText(tr("Amount due: %1, due %2.")
                                           .arg(formatMoney(found.amountDue), formatLongDate(found.dueDate)));
                else
                    m_due->setText(tr("Amount due: %1.").arg(formatMoney(found.amountDue)));
                m_amount->setText(found.amountDue > Money() ? QLocale().toString(found.amountDue.toDollars(), 'f', 2)
                                                            : QString());
                m_pages->setCurrentIndex(int(Step::Details));
                validate();
                m_amount->setFocus();
            });
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_find->setEnabled(true);
        m_lookupStatus->setText(failure.isCancelled() ? QString() : failure.message);
    });
}

GuestPayment PayNowDialog::typedPayment() const
{
    GuestPayment payment;
    payment.accountNumber = m_account->text().trimmed();
    payment.name = m_name->text().simplified();
    payment.amount = parseMoney(m_amount->text()).value_or(Money());
    if (m_card->isChecked()) {
        payment.method = CardDetails{m_cardNumber->text(), m_cardExpiry->text().trimmed(),
                                     m_cardCvv->text().trimmed(), m_cardZip->text().trimmed()};
    } else {
        payment.method = BankDetails{m_routing->text().trimmed(), m_bankAccount->text().trimmed(),
                                     m_bankType->currentData().toString()};
    }
    return payment;
}

QString PayNowDialog::problem() const
{
    const std::optional<Money> amount = parseMoney(m_amount->text());
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount to pay, such as 25.00.");
    if (!amount)
        return tr("“%1” is not an amount. Enter dollars and cents, such as 25.00.")
                .arg(m_amount->text().trimmed());
    if (*amount < Money::fromCents(1))
        return tr("The amount must be at least %1.").arg(formatMoney(Money::fromCents(1)));
    GuestPayment payment = typedPayment();
    const std::optional<QString> why = m_services.problemWith(payment);
    payment.wipe();
    return why.value_or(QString());
}

void PayNowDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_review->setEnabled(why.isEmpty());
}

void PayNowDialog::review()
{
    validate();
    if (!m_review->isEnabled())
        return;
    const Money amount = *parseMoney(m_amount->text());
    QString method;
    if (m_card->isChecked()) {
        const QString digits = m_cardNumber->text().remove(u' ').remove(u'-');
        //: %1 the last four digits of a card
        method = tr("card ending in %1").arg(digits.right(4));
    } else {
        //: %1 the last four digits of a bank account
        method = tr("bank account ending in %1").arg(m_bankAccount->text().trimmed().right(4));
    }
    //: %1 an amount, %2 an account number, %3 "card ending in 4242"
    m_confirmText->setText(tr("Pay %1 to account %2 with your %3?\n\nThe co-op charges it once; "
                              "you get a confirmation number and a receipt.")
                                   .arg(formatMoney(amount), m_account->text().trimmed(), method));
    m_pay->setText(tr("Pay %1").arg(formatMoney(amount)));
    m_pay->setAccessibleName(m_pay->text());
    m_pages->setCurrentIndex(int(Step::Confirm));
    m_pay->setFocus();
}

void PayNowDialog::pay()
{
    if (m_inFlight)
        return;
    if (m_sending)
        m_sending->wipe();
    // One key for this confirmed payment, kept by every "Try again".
    m_sending = typedPayment();
    m_sending->idempotencyKey = makeIdempotencyKey();
    send();
}

void PayNowDialog::send()
{
    if (!m_sending || m_inFlight)
        return;
    m_inFlight = true;
    m_retry->hide();
    m_sendStatus->setText(tr("Sending your payment…"));
    m_pages->setCurrentIndex(int(Step::Sending));
    PaymentTask *task = m_services.payNow(m_portal, *m_sending, this, [this](const PaymentRecord &record) {
        m_inFlight = false;
        Receipt receipt;
        receipt.coop = m_portal;
        receipt.method = PaymentsModel::methodText(record);
        receipt.when = QDateTime::fromMSecsSinceEpoch(record.postedMs, m_services.coopTimeZone());
        receipt.lines.append({record.accountNumber.isEmpty() ? m_sending->accountNumber : record.accountNumber,
                              record.confirmation, record.amount, record.fee});
        wipe(); // the payment is made: no card or bank digit stays behind
        m_receipt->setReceipt(receipt);
        m_pages->setCurrentIndex(int(Step::Receipt));
    });
    connect(task, &PaymentTask::outcomeUnknown, this, [this](const QString &message) {
        m_sendStatus->setText(message);
    });
    connect(task, &PaymentTask::notReceived, this, [this] {
        m_sendStatus->setText(tr("The co-op did not receive the payment, so nothing was charged. "
                                 "You can try again."));
    });
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_inFlight = false;
        if (!failure.isCancelled())
            //: %1 why the payment did not go through
            m_sendStatus->setText(tr("The payment did not go through: %1\nTrying again cannot "
                                     "charge you twice.").arg(failure.message));
        m_retry->show();
    });
}

void PayNowDialog::wipe()
{
    if (m_sending) {
        m_sending->wipe();
        m_sending.reset();
    }
    for (QLineEdit *edit : {m_cardNumber, m_cardExpiry, m_cardCvv, m_cardZip, m_routing, m_bankAccount})
        wipeEdit(edit);
}

void PayNowDialog::done(int result)
{
    if (m_inFlight) {
        // The answer decides whether the member was charged: stay until it comes.
        m_sendStatus->setText(tr("Please wait: your payment is being sent."));
        return;
    }
    wipe();
    // The next guest (kiosk) finds an empty form.
    m_lookup.reset();
    for (QLineEdit *edit : {m_account, m_name, m_amount})
        edit->clear();
    m_due->clear();
    m_lookupStatus->clear();
    m_problem->clear();
    m_receipt->setReceipt({});
    m_pages->setCurrentIndex(int(Step::Lookup));
    QDialog::done(result);
}

} // namespace coopdesk::ui
