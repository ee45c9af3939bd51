#pragma once

#include "receipt.h"
#include "ui/common/membercontext.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace coopdesk::ui {

class AmountRow;

// Making a payment, as pages inside the payments screen (never a blocking dialog):
//
//   Form ──Review──▶ Confirm ──Pay──▶ Sending ──all paid──▶ Receipt
//    ▲                 │                │ failed: Try again (same keys) / Finish
//    └──────Back───────┘                └──────────────────────────────▶ Receipt or closed()
//
// The security phrase heads the form. Each account's payment gets its own idempotency key when
// the member presses Pay; the keys live until the flow is started again, so "Try again" can
// never charge twice. Payments go one at a time, in order.
class PaymentFlow : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Form, Confirm, Sending, Receipt };

    explicit PaymentFlow(MemberContext &context, QWidget *parent = nullptr);

    // A new payment over `accounts` (unknown and closed ones are skipped). False while payments
    // are being sent: that one must end first.
    bool start(const QStringList &accounts);
    Step step() const;
    bool isSending() const { return m_sending; }

    QStringList accounts() const;                  // the rows of the form, in order
    AmountRow *row(const QString &account) const;
    bool canReview() const;                        // every row payable, a method chosen
    Money totalFees() const;
    Money total() const;                           // amounts + fees
    ReceiptView *receiptView() const { return m_receipt; }
    QString securityPhrase() const { return m_phrase; }

Q_SIGNALS:
    void closed();      // the member left the flow (cancelled or finished)
    void paymentsMade();
    // A submit's answer was lost: the outcome is being looked up by its key (message shown).
    void checkingOutcome(const QString &message);

private:
    struct Line
    {
        QString account;
        Money amount;
        Money fee;
        QString idempotencyKey; // made once, at Pay; reused by "Try again"
        std::optional<PaymentRecord> record;
        QString problem;
    };

    QWidget *buildForm();
    QWidget *buildConfirm();
    QWidget *buildSending();
    void addRow(const QString &account);
    void removeRow(AmountRow *row);
    void refreshAddChoices();
    void loadFacts(AmountRow *row);
    void loadPhraseAndMethods();
    const StoredPaymentMethod *method() const;
    void updateForm();
    void review();
    void pay();
    void sendNext();
    void showSending();
    void finish();
    void leave();

    MemberContext &m_context;
    QStackedWidget *m_pages;
    // form
    QLabel *m_phraseLabel;
    QVBoxLayout *m_rows;
    QList<AmountRow *> m_rowWidgets;
    QComboBox *m_addChoice;
    QPushButton *m_add;
    QComboBox *m_method;
    QLabel *m_fee;
    QLabel *m_total;
    QPushButton *m_review;
    // confirm
    QLabel *m_confirmText;
    QPushButton *m_confirm;
    // sending
    QLabel *m_sendStatus;
    QLabel *m_sendLines;
    QPushButton *m_retry;
    QPushButton *m_finish;
    ReceiptView *m_receipt;

    QString m_phrase;
    bool m_phraseLoaded = false;
    QList<StoredPaymentMethod> m_methods;
    QList<Line> m_lines;
    StoredPaymentMethod m_payingWith;
    bool m_sending = false;
};

} // namespace coopdesk::ui
