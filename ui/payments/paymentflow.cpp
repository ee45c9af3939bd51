#include "paymentflow.h"

#include "amountrow.h"
#include "paymenttext.h"
#include "ui/common/formatting.h"
#include "ui/common/preferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk::ui {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

PaymentFlow::PaymentFlow(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"paymentFlow"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildConfirm());
    m_pages->addWidget(buildSending());
    m_receipt = new ReceiptView(this);
    m_receipt->setObjectName(u"paymentReceipt"_qs);
    m_pages->addWidget(m_receipt);
    connect(m_receipt, &ReceiptView::done, this, &PaymentFlow::leave);

    connect(&m_context, &MemberContext::accountsChanged, this, &PaymentFlow::refreshAddChoices);
    connect(&m_context, &MemberContext::cleared, this, [this] {
        // Sign-out or kiosk reset: nothing of this member stays behind.
        qDeleteAll(m_rowWidgets);
        m_rowWidgets.clear();
        m_lines.clear();
        m_methods.clear();
        m_method->clear();
        m_phrase.clear();
        m_phraseLoaded = false;
        m_phraseLabel->clear();
        m_receipt->setReceipt({});
        m_sending = false;
        m_pages->setCurrentIndex(int(Step::Form));
    });
}

QWidget *PaymentFlow::buildForm()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"paymentFormPage"_qs);

    // The anti-phishing phrase first, before anything financial (design.md, Money).
    auto *phraseBox = new QFrame(page);
    phraseBox->setObjectName(u"securityPhraseBox"_qs);
    phraseBox->setFrameShape(QFrame::StyledPanel);
    phraseBox->setBackgroundRole(QPalette::AlternateBase);
    phraseBox->setAutoFillBackground(true);
    m_phraseLabel = new QLabel(phraseBox);
    m_phraseLabel->setObjectName(u"securityPhrase"_qs);
    m_phraseLabel->setTextFormat(Qt::RichText);
    m_phraseLabel->setWordWrap(true);
    auto *phraseHint = new QLabel(
            tr("Check that this is the phrase you chose. If it is not, stop: do not enter "
               "payment details, and call your co-op."), phraseBox);
    phraseHint->setWordWrap(true);
    auto *phraseLayout = new QVBoxLayout(phraseBox);
    phraseLayout->addWidget(m_phraseLabel);
    phraseLayout->addWidget(phraseHint);

    auto *accountsBox = new QGroupBox(tr("Accounts to pay"), page);
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    m_rows = new QVBoxLayout;
    accountsLayout->addLayout(m_rows);
    m_addChoice = new QComboBox(accountsBox);
    m_addChoice->setObjectName(u"addAccountChoice"_qs);
    m_addChoice->setAccessibleName(tr("Account to add to this payment"));
    m_add = new QPushButton(tr("Add account"), accountsBox);
    m_add->setObjectName(u"addAccount"_qs);
    m_add->setAccessibleName(tr("Add the chosen account to this payment"));
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_addChoice, 1);
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    accountsLayout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString account = m_addChoice->currentData().toString();
        if (!account.isEmpty())
            addRow(account);
    });

    auto *methodBox = new QGroupBox(tr("Pay with"), page);
    m_method = new QComboBox(methodBox);
    m_method->setObjectName(u"paymentMethod"_qs);
    m_method->setAccessibleName(tr("Stored payment method"));
    m_fee = new QLabel(methodBox);
    m_fee->setObjectName(u"convenienceFee"_qs);
    auto *methodLayout = new QHBoxLayout(methodBox);
    methodLayout->addWidget(m_method, 1);
    methodLayout->addWidget(m_fee, 1);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentFlow::updateForm);

    m_total = new QLabel(page);
    m_total->setObjectName(u"paymentTotal"_qs);
    m_total->setTextFormat(Qt::RichText);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(u"cancelPayment"_qs);
    cancel->setAccessibleName(tr("Cancel this payment"));
    m_review = new QPushButton(tr("Review payment"), page);
    m_review->setObjectName(u"reviewPayment"_qs);
    m_review->setAccessibleName(tr("Review the payment before paying"));
    m_review->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &PaymentFlow::leave);
    connect(m_review, &QPushButton::clicked, this, &PaymentFlow::review);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_review);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading(tr("Make a payment"), content));
    contentLayout->addWidget(phraseBox);
    contentLayout->addWidget(accountsBox);
    contentLayout->addWidget(methodBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PaymentFlow::buildConfirm()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"paymentConfirmPage"_qs);
    m_confirmText = new QLabel(page);
    m_confirmText->setObjectName(u"confirmSummary"_qs);
    m_confirmText->setTextFormat(Qt::RichText);
    m_confirmText->setWordWrap(true);
    m_confirmText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *back = new QPushButton(tr("Back"), page);
    back->setObjectName(u"backToForm"_qs);
    back->setAccessibleName(tr("Back to change the payment"));
    m_confirm = new QPushButton(page);
    m_confirm->setObjectName(u"confirmPayment"_qs);
    m_confirm->setDefault(true);
    connect(back, &QPushButton::clicked, this, [this] {
        m_lines.clear();
        m_pages->setCurrentIndex(int(Step::Form));
    });
    connect(m_confirm, &QPushButton::clicked, this, &PaymentFlow::pay);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Confirm your payment"), page));
    layout->addWidget(m_confirmText, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PaymentFlow::buildSending()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"paymentSendingPage"_qs);
    m_sendStatus = new QLabel(page);
    m_sendStatus->setObjectName(u"sendStatus"_qs);
    m_sendStatus->setWordWrap(true);
    m_sendLines = new QLabel(page);
    m_sendLines->setObjectName(u"sendLines"_qs);
    m_sendLines->setTextFormat(Qt::RichText);
    m_sendLines->setWordWrap(true);
    m_sendLines->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_retry = new QPushButton(tr("Try again"), page);
    m_retry->setObjectName(u"retryPayment"_qs);
    m_retry->setAccessibleName(tr("Try the payments that did not go through again"));
    m_finish = new QPushButton(tr("Finish"), page);
    m_finish->setObjectName(u"finishPayment"_qs);
    m_finish->setAccessibleName(tr("Stop here and keep the payments that went through"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_sending = true;
        showSending();
        sendNext();
    });
    connect(m_finish, &QPushButton::clicked, this, &PaymentFlow::finish);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Sending your payment"), page));
    layout->addWidget(m_sendStatus);
    layout->addWidget(m_sendLines, 1);
    layout->addLayout(buttons);
    return page;
}

bool PaymentFlow::start(const QStringList &accounts)
{
    if (m_sending)
        return false;
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_lines.clear();
    for (const QString &number : accounts) {
        const Account *account = m_context.account(number);
        if (account && !account->inactive && !this->accounts().contains(number))
            addRow(number);
    }
    if (m_rowWidgets.isEmpty()) {
        const Account *current = m_context.account(m_context.currentAccount());
        if (current && !current->inactive) {
            addRow(current->number);
        } else {
            for (const Account &account : m_context.accounts()) {
                if (!account.inactive) {
                    addRow(account.number);
                    break;
                }
            }
        }
    }
    refreshAddChoices();
    m_receipt->setSaveAllowed(!m_context.preferences().isKioskProfile());
    m_pages->setCurrentIndex(int(Step::Form));
    loadPhraseAndMethods();
    updateForm();
    return true;
}

PaymentFlow::Step PaymentFlow::step() const
{
    return Step(m_pages->currentIndex());
}

QStringList PaymentFlow::accounts() const
{
    QStringList numbers;
    for (const AmountRow *row : m_rowWidgets)
        numbers << row->accountNumber();
    return numbers;
}

AmountRow *PaymentFlow::row(const QString &account) const
{
    for (AmountRow *row : m_rowWidgets)
        if (row->accountNumber() == account)
            return row;
    return nullptr;
}

void PaymentFlow::addRow(const QString &account)
{
    const Account *known = m_context.account(account);
    if (!known || row(account))
        return;
    auto *amountRow = new AmountRow(*known, this);
    m_rows->addWidget(amountRow);
    m_rowWidgets << amountRow;
    connect(amountRow, &AmountRow::changed, this, &PaymentFlow::updateForm);
    connect(amountRow, &AmountRow::removeRequested, this, [this, amountRow] { removeRow(amountRow); });
    loadFacts(amountRow);
    refreshAddChoices();
    updateForm();
}

void PaymentFlow::removeRow(AmountRow *row)
{
    if (m_rowWidgets.size() <= 1)
        return;
    m_rowWidgets.removeOne(row);
    row->deleteLater();
    refreshAddChoices();
    updateForm();
}

void PaymentFlow::refreshAddChoices()
{
    const QSignalBlocker blocker(m_addChoice);
    m_addChoice->clear();
    const QStringList chosen = accounts();
    for (const Account &account : m_context.accounts())
        if (!account.inactive && !chosen.contains(account.number))
            m_addChoice->addItem(accountLabel(account), account.number);
    m_addChoice->setEnabled(m_addChoice->count() > 0);
    m_add->setEnabled(m_addChoice->count() > 0);
    for (AmountRow *row : std::as_const(m_rowWidgets))
        row->setRemovable(m_rowWidgets.size() > 1);
}

void PaymentFlow::loadFacts(AmountRow *row)
{
    if (const std::optional<BillingFacts> facts = m_context.facts(row->accountNumber())) {
        row->setFacts(*facts);
        return;
    }
    Task *task = m_context.services().billingFacts(row->accountNumber(), row,
                                                   [this, row](const BillingFacts &facts) {
                                                       m_context.setFacts(facts);
                                                       row->setFacts(facts);
                                                   });
    connect(task, &Task::failed, row, [this](const Failure &failure) { m_context.report(failure); });
}

void PaymentFlow::loadPhraseAndMethods()
{
    MemberServices &services = m_context.services();
    if (!m_phraseLoaded) {
        m_phraseLabel->setText(tr("Loading your security phrase…").toHtmlEscaped());
        Task *task = services.securityPhrase(this, [this](const QString &phrase) {
            m_phrase = phrase;
            m_phraseLoaded = true;
            //: %1 the member's own anti-phishing phrase, shown in bold
            m_phraseLabel->setText(tr("Your security phrase: %1")
                                           .toHtmlEscaped()
                                           .arg(u"<b>"_qs + escaped(phrase) + u"</b>"_qs));
            m_phraseLabel->setAccessibleName(tr("Your security phrase: %1").arg(phrase));
            updateForm();
        });
        connect(task, &Task::failed, this, [this](const Failure &failure) {
            m_phraseLabel->setText(
                    tr("Your security phrase could not be shown, so payments are paused. "
                       "Try again later.").toHtmlEscaped());
            m_context.report(failure);
        });
    }
    if (m_methods.isEmpty()) {
        m_fee->setText(tr("Loading your payment methods…"));
        Task *task = services.paymentMethods(this, [this](const QList<StoredPaymentMethod> &methods) {
            m_methods = methods;
            const QSignalBlocker blocker(m_method);
            m_method->clear();
            for (int i = 0; i < methods.size(); ++i)
                m_method->addItem(storedMethodText(methods.at(i)), i);
            if (methods.isEmpty())
                m_fee->setText(tr("No payment method is stored with your co-op. Add one in SmartHub."));
            updateForm();
        });
        connect(task, &Task::failed, this, [this](const Failure &failure) {
            m_fee->setText(tr("Your payment methods could not be loaded."));
            m_context.report(failure);
        });
    }
}

const StoredPaymentMethod *PaymentFlow::method() const
{
    const int index = m_method->currentData().isValid() ? m_method->currentData().toInt() : -1;
    return index >= 0 && index < m_methods.size() ? &m_methods.at(index) : nullptr;
}

bool PaymentFlow::canReview() const
{
    if (!m_phraseLoaded || !method() || m_rowWidgets.isEmpty())
        return false;
    return std::all_of(m_rowWidgets.cbegin(), m_rowWidgets.cend(),
                       [](const AmountRow *row) { return row->amount().has_value(); });
}

Money PaymentFlow::totalFees() const
{
    Money fees;
    if (const StoredPaymentMethod *chosen = method())
        for (qsizetype i = 0; i < m_rowWidgets.size(); ++i)
            fees += chosen->convenienceFee;
    return fees;
}

Money PaymentFlow::total() const
{
    Money sum = totalFees();
    for (const AmountRow *row : m_rowWidgets)
        sum += row->amount().value_or(Money());
    return sum;
}

void PaymentFlow::updateForm()
{
    if (const StoredPaymentMethod *chosen = method())
        m_fee->setText(convenienceFeeText(chosen->convenienceFee));
    const Money fees = totalFees();
    const Money sum = total();
    //: %1 the payments, %2 the convenience fees, %3 their total (all money)
    m_total->setText(tr("Payments %1 + fees %2 = <b>total %3</b>")
                             .arg(formatMoney(sum - fees), formatMoney(fees), formatMoney(sum)));
    m_total->setAccessibleName(tr("Total to pay: %1").arg(formatMoney(sum)));
    m_review->setEnabled(canReview());
}

void PaymentFlow::review()
{
    if (!canReview())
        return;
    m_payingWith = *method();
    m_lines.clear();
    for (const AmountRow *row : std::as_const(m_rowWidgets))
        m_lines.append({row->accountNumber(), *row->amount(), m_payingWith.convenienceFee, {}, {}, {}});

    QString html = u"<p>"_qs + tr("Please check everything before you pay.").toHtmlEscaped()
            + u"</p><table cellspacing=\"0\" cellpadding=\"6\" border=\"1\">"_qs;
    html += u"<tr><th align=\"left\">"_qs + tr("Account").toHtmlEscaped()
            + u"</th><th align=\"right\">"_qs + tr("Amount").toHtmlEscaped()
            //: Column: the convenience fee of a payment
            + u"</th><th align=\"right\">"_qs + tr("Fee").toHtmlEscaped() + u"</th></tr>"_qs;
    for (const Line &line : std::as_const(m_lines)) {
        const Account *account = m_context.account(line.account);
        html += u"<tr><td>"_qs + escaped(account ? accountLabel(*account) : line.account)
                + u"</td><td align=\"right\">"_qs + escaped(formatMoney(line.amount))
                + u"</td><td align=\"right\">"_qs + escaped(formatMoney(line.fee)) + u"</td></tr>"_qs;
    }
    html += u"</table><p>"_qs;
    //: %1 the masked payment method
    html += tr("Paid with: %1").arg(storedMethodText(m_payingWith)).toHtmlEscaped() + u"<br/>"_qs;
    html += u"<b>"_qs + tr("Total: %1").arg(formatMoney(total())).toHtmlEscaped() + u"</b></p><p>"_qs;
    html += tr("Each account is paid separately and gets its own confirmation number.").toHtmlEscaped()
            + u"</p>"_qs;
    m_confirmText->setText(html);
    //: The button that sends the payment; %1 the total with fees
    m_confirm->setText(tr("Pay %1").arg(formatMoney(total())));
    m_confirm->setAccessibleName(tr("Pay %1 now").arg(formatMoney(total())));
    m_pages->setCurrentIndex(int(Step::Confirm));
    m_confirm->setFocus();
}

void PaymentFlow::pay()
{
    if (m_lines.isEmpty() || m_sending)
        return;
    // This confirmation's keys: made once here, kept for every retry of the same payments.
    for (Line &line : m_lines)
        if (line.idempotencyKey.isEmpty())
            line.idempotencyKey = makeIdempotencyKey();
    m_sending = true;
    m_sendStatus->clear();
    m_pages->setCurrentIndex(int(Step::Sending));
    showSending();
    sendNext();
}

void PaymentFlow::sendNext()
{
    qsizetype next = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_lines.at(i).record) {
            next = i;
            break;
        }
    }
    if (next < 0) {
        finish();
        return;
    }
    Line &line = m_lines[next];
    line.problem.clear();
    PaymentOrder order;
    order.accountNumber = line.account;
    order.amount = line.amount;
    order.methodId = m_payingWith.id;
    order.idempotencyKey = line.idempotencyKey;
    //: %1 an account number
    m_sendStatus->setText(tr("Sending the payment for account %1…").arg(line.account));
    showSending();

    PaymentTask *task = m_context.services().pay(order, this, [this, next](const PaymentRecord &record) {
        m_lines[next].record = record;
        m_lines[next].problem.clear();
        showSending();
        sendNext();
    });
    connect(task, &PaymentTask::outcomeUnknown, this, [this](const QString &message) {
        m_sendStatus->setText(message);
        Q_EMIT checkingOutcome(message);
    });
    connect(task, &PaymentTask::notReceived, this, [this, next] {
        m_lines[next].problem = tr("The co-op did not receive this payment, so nothing was charged. "
                                   "You can try again.");
        showSending();
    });
    connect(task, &Task::failed, this, [this, next](const Failure &failure) {
        m_sending = false;
        Line &failedLine = m_lines[next];
        if (failedLine.problem.isEmpty())
            failedLine.problem = failure.isCancelled() ? tr("Stopped.") : failure.message;
        //: %1 an account number
        m_sendStatus->setText(tr("The payment for account %1 did not go through. Trying again "
                                 "cannot charge you twice.").arg(failedLine.account));
        showSending();
        m_context.report(failure);
    });
}

void PaymentFlow::showSending()
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"6\">"_qs;
    for (const Line &line : std::as_const(m_lines)) {
        QString state;
        if (line.record)
            //: %1 a confirmation number
            state = tr("Paid, confirmation %1").arg(line.record->confirmation);
        else if (!line.problem.isEmpty())
            state = tr("Not paid: %1").arg(line.problem);
        else
            state = tr("Waiting");
        html += u"<tr><td>"_qs + escaped(line.account) + u"</td><td align=\"right\">"_qs
                + escaped(formatMoney(line.amount)) + u"</td><td>"_qs + escaped(state)
                + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;
    m_sendLines->setText(html);
    const bool unpaid = std::any_of(m_lines.cbegin(), m_lines.cend(),
                                    [](const Line &line) { return !line.record; });
    m_retry->setVisible(!m_sending && unpaid);
    m_finish->setVisible(!m_sending);
}

void PaymentFlow::finish()
{
    m_sending = false;
    Receipt receipt;
    receipt.coop = m_context.services().portalHost();
    receipt.method = storedMethodText(m_payingWith);
    qint64 latest = 0;
    QStringList confirmations;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.record)
            continue;
        receipt.lines.append({line.account, line.record->confirmation, line.record->amount,
                              line.record->fee});
        confirmations << line.record->confirmation;
        latest = std::max(latest, line.record->postedMs);
    }
    m_lines.clear(); // the keys end with this confirmation
    if (receipt.lines.isEmpty()) {
        leave();
        return;
    }
    receipt.when = QDateTime::fromMSecsSinceEpoch(latest, m_context.services().coopTimeZone());
    m_receipt->setReceipt(receipt);
    m_pages->setCurrentIndex(int(Step::Receipt));
    m_context.requestRefresh();
    if (confirmations.size() == 1)
        //: %1 the payment's confirmation number
        m_context.inform(tr("Payment received. Confirmation number %1.").arg(confirmations.first()));
    else
        //: %1 the confirmation numbers, separated by commas
        m_context.inform(tr("%n payments received. Confirmation numbers %1.", nullptr,
                            int(confirmations.size()))
                                 .arg(QLocale().createSeparatedList(confirmations)));
    Q_EMIT paymentsMade();
}

void PaymentFlow::leave()
{
    if (m_sending)
        return;
    m_lines.clear();
    m_pages->setCurrentIndex(int(Step::Form));
    Q_EMIT closed();
}

} // namespace coopdesk::ui
