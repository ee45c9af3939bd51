#pragma once

#include "models/payment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QPrinter;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace coopdesk::ui {

// What a receipt says: one line per payment made, the method, the time. Built from the
// portal's answers (confirmation numbers), never from what was typed.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    struct Line
    {
        QString account;
        QString confirmation;
        Money amount;
        Money fee;
    };
    QString coop;        // portal host, shown as "Paid to"
    QString method;      // masked: "VISA •••• 4242"
    QDateTime when;      // in the co-op's zone
    QList<Line> lines;
    Money total() const;
    QString toHtml() const;
};

// A receipt on screen with "Print…" (QPrintDialog, opened non-modally) and "Save as PDF…".
// printReceipt() and saveReceiptPdf() are the testable halves of both buttons.
class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptView(QWidget *parent = nullptr);
    void setReceipt(const Receipt &receipt);
    const Receipt &receipt() const { return m_receipt; }
    void setSaveAllowed(bool allowed); // kiosk: nothing is written to disk

    void printReceipt(QPrinter &printer) const;
    bool saveReceiptPdf(const QString &path) const;
    QString text() const; // the receipt as plain text (tests)

Q_SIGNALS:
    void done();

private:
    void print();
    void save();
    Receipt m_receipt;
    QTextBrowser *m_view;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_done;
};

} // namespace coopdesk::ui
