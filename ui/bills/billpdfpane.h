#pragma once

#include "ui/services/memberservices.h"

#include <QBuffer>
#include <QByteArray>
#include <QWidget>

#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QStackedWidget;
class QToolButton;

namespace coopdesk::ui {

// Shows one bill's PDF (Qt PDF, from the bytes in memory: nothing is written to disk) with page
// navigation and zoom, and prints or saves it. The dialogs open non-blocking; the work behind
// them is in printTo() and saveTo(), which tests call directly. Problems are emitted as failed().
class BillPdfPane : public QWidget
{
    Q_OBJECT
public:
    explicit BillPdfPane(QWidget *parent = nullptr);
    ~BillPdfPane() override;

    // Shows `pdf`; `fileName` is what Save suggests ("2026_09_01_1000123401.pdf").
    void load(const QByteArray &pdf, const QString &fileName);
    // No document; `message` in its place ("Loading…", "Choose a bill to see it.").
    void showMessage(const QString &message);
    // Forgets the document and its bytes (sign-out).
    void clear();
    // Hides Save (kiosk: nothing is written to files).
    void setSaveAllowed(bool allowed);

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    const QByteArray &pdfBytes() const { return m_bytes; }
    int currentPage() const;

    // Renders every page into `printer`, one page each, fitted to its paintable area.
    bool printTo(QPrinter &printer);
    // Writes the PDF's exact bytes to `path` (atomically); false after failed().
    bool saveTo(const QString &path);

public Q_SLOTS:
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitToWidth();
    void print();   // QPrintDialog, opened with open()
    void save();    // QFileDialog, opened with open()

Q_SIGNALS:
    void failed(const coopdesk::ui::Failure &failure);
    void documentReady(int pageCount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls();
    void setZoom(qreal factor);

    QByteArray m_bytes;
    QBuffer m_buffer;
    QString m_fileName;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QToolButton *m_print;
    QToolButton *m_save;
    std::unique_ptr<QPrinter> m_printer;
    bool m_saveAllowed = true;
};

} // namespace coopdesk::ui
