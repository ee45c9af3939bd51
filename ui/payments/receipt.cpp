#include "receipt.h"

#include "ui/common/formatting.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace coopdesk::ui {

namespace {
QString cell(const QString &text, bool right = false)
{
    return (right ? u"<td align=\"right\">"_qs : u"<td>"_qs) + text.toHtmlEscaped() + u"</td>"_qs;
}

QString headerCell(const QString &text, bool right = false)
{
    return (right ? u"<th align=\"right\">"_qs : u"<th align=\"left\">"_qs) + text.toHtmlEscaped()
            + u"</th>"_qs;
}

void fillDocument(QTextDocument &document, const Receipt &receipt)
{
    document.setDocumentMargin(24);
    document.setHtml(receipt.toHtml());
}
} // namespace

Money Receipt::total() const
{
    Money sum;
    for (const Line &line : lines)
        sum += line.amount + line.fee;
    return sum;
}

QString Receipt::toHtml() const
{
    const QLocale locale;
    QString html = u"<h2>"_qs + tr("Payment receipt").toHtmlEscaped() + u"</h2>"_qs;
    html += u"<p>"_qs;
    if (!coop.isEmpty())
        //: %1 the co-op's portal address
        html += tr("Paid to: %1").arg(coop).toHtmlEscaped() + u"<br/>"_qs;
    //: %1 date and time the payment was made
    html += tr("Paid on: %1").arg(locale.toString(when, QLocale::LongFormat)).toHtmlEscaped()
            + u"<br/>"_qs;
    //: %1 the masked payment method ("VISA •••• 4242")
    html += tr("Paid with: %1").arg(method).toHtmlEscaped() + u"</p>"_qs;
    html += u"<table cellspacing=\"0\" cellpadding=\"6\" border=\"1\"><tr>"_qs;
    html += headerCell(tr("Account")) + headerCell(tr("Confirmation"))
            + headerCell(tr("Amount"), true)
            + headerCell(
                    //: Column: the convenience fee of a payment
                    tr("Fee"), true) + u"</tr>"_qs;
    for (const Line &line : lines) {
        html += u"<tr>"_qs + cell(line.account) + cell(line.confirmation)
                + cell(formatMoney(line.amount), true) + cell(formatMoney(line.fee), true)
                + u"</tr>"_qs;
    }
    html += u"</table>"_qs;
    //: %1 the sum of the payments and their fees
    html += u"<h3>"_qs + tr("Total charged: %1").arg(formatMoney(total())).toHtmlEscaped()
            + u"</h3>"_qs;
    html += u"<p>"_qs
            + tr("Keep the confirmation numbers: the co-op can find a payment by them.").toHtmlEscaped()
            + u"</p>"_qs;
    return html;
}

ReceiptView::ReceiptView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_save(new QPushButton(tr("Save as PDF…"), this))
    , m_done(new QPushButton(tr("Done"), this))
{
    m_view->setObjectName(u"receiptText"_qs);
    m_view->setAccessibleName(tr("Payment receipt"));
    m_view->setOpenLinks(false);
    m_print->setObjectName(u"printReceipt"_qs);
    m_print->setAccessibleName(tr("Print the receipt"));
    m_save->setObjectName(u"saveReceipt"_qs);
    m_save->setAccessibleName(tr("Save the receipt as a PDF file"));
    m_done->setObjectName(u"receiptDone"_qs);
    m_done->setAccessibleName(tr("Close the receipt"));
    auto *status = new QLabel(this);
    status->setObjectName(u"receiptStatus"_qs);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(status, 1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &ReceiptView::print);
    connect(m_save, &QPushButton::clicked, this, &ReceiptView::save);
    connect(m_done, &QPushButton::clicked, this, &ReceiptView::done);
}

void ReceiptView::setReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_view->setHtml(receipt.toHtml());
    if (auto *status = findChild<QLabel *>(u"receiptStatus"_qs))
        status->clear();
}

void ReceiptView::setSaveAllowed(bool allowed)
{
    m_save->setVisible(allowed);
}

QString ReceiptView::text() const
{
    return m_view->toPlainText();
}

void ReceiptView::printReceipt(QPrinter &printer) const
{
    QTextDocument document;
    fillDocument(document, m_receipt);
    document.print(&printer);
}

bool ReceiptView::saveReceiptPdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setTitle(tr("Payment receipt"));
        writer.setCreator(QCoreApplication::applicationName());
        QTextDocument document;
        fillDocument(document, m_receipt);
        document.print(&writer);
    }
    const QFileInfo written(path);
    return written.exists() && written.size() > 0;
}

void ReceiptView::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the receipt"));
    // The connection keeps the printer alive until the dialog is gone.
    connect(dialog, &QDialog::accepted, this, [this, printer] { printReceipt(*printer); });
    dialog->open();
}

void ReceiptView::save()
{
    auto *dialog = new QFileDialog(this, tr("Save the receipt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_qs);
    dialog->setNameFilter(tr("PDF files (*.pdf)"));
    const QString first = m_receipt.lines.isEmpty() ? QString() : m_receipt.lines.first().confirmation;
    //: Default file name of a saved receipt; %1 the confirmation number
    dialog->selectFile(tr("receipt-%1.pdf").arg(first));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto *status = findChild<QLabel *>(u"receiptStatus"_qs);
        const bool ok = saveReceiptPdf(path);
        if (status)
            status->setText(ok ? tr("Saved to %1").arg(QFileInfo(path).fileName())
                               : tr("The receipt could not be saved to %1.").arg(path));
    });
    dialog->open();
}

} // namespace coopdesk::ui
