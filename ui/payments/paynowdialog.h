#pragma once

#include "ui/services/memberservices.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace coopdesk::ui {

class ReceiptView;

// Guest "Pay without logging in": find the account by number and last name, pay what is due
// (or another amount) by card or bank account, get a receipt. Non-modal: open() it.
//
//   Lookup ──found──▶ Details ──Review──▶ Confirm ──Pay──▶ Sending ──▶ Receipt
//                       ▲   (checked as typed)   │           │ failed: Try again (same key)
//                       └──────────Back──────────┘
//
// Card and bank numbers live only in the line edits and one GuestPayment while sending; both
// are wiped when the payment is done or the dialog closes. Nothing is stored or logged.
class PayNowDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Lookup, Details, Confirm, Sending, Receipt };

    PayNowDialog(MemberServices &services, const QString &portal, QWidget *parent = nullptr);
    ~PayNowDialog() override;

    Step step() const;
    // The payment as typed now (card/bank details included: do not keep it).
    GuestPayment typedPayment() const;
    QString problem() const; // why Review is off (translated); empty when it may go on
    ReceiptView *receiptView() const { return m_receipt; }
    std::optional<PayNowLookup> lookup() const { return m_lookup; }

    void done(int result) override;

private:
    QWidget *buildLookup();
    QWidget *buildDetails();
    QWidget *buildConfirm();
    QWidget *buildSending();
    void findAccount();
    void validate();
    void review();
    void pay();
    void send();
    void wipe();

    MemberServices &m_services;
    QString m_portal;
    QStackedWidget *m_pages;
    // lookup
    QLineEdit *m_account;
    QLineEdit *m_name;
    QPushButton *m_find;
    QLabel *m_lookupStatus;
    // details
    QLabel *m_due;
    QLineEdit *m_amount;
    QRadioButton *m_card;
    QRadioButton *m_bank;
    QStackedWidget *m_methodPages;
    QLineEdit *m_cardNumber;
    QLineEdit *m_cardExpiry;
    QLineEdit *m_cardCvv;
    QLineEdit *m_cardZip;
    QLineEdit *m_routing;
    QLineEdit *m_bankAccount;
    QComboBox *m_bankType;
    QLabel *m_problem;
    QPushButton *m_review;
    // confirm, sending
    QLabel *m_confirmText;
    QPushButton *m_pay;
    QLabel *m_sendStatus;
    QPushButton *m_retry;
    ReceiptView *m_receipt;

    std::optional<PayNowLookup> m_lookup;
    std::optional<GuestPayment> m_sending; // the confirmed payment while it is being sent
    bool m_inFlight = false;
};

} // namespace coopdesk::ui
