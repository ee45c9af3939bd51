#include "billpdfpane.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk::ui {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minimumZoom = 0.25;
constexpr qreal maximumZoom = 6.0;
// Pages are rasterised for printing at no more than this: sharp on paper, yet a Letter page at
// a PDF printer's 1200 dpi would be a half-gigabyte image.
constexpr int maximumPrintDpi = 300;

QToolButton *toolButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

BillPdfPane::BillPdfPane(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_previous(toolButton(QStringLiteral("previousPageButton"), this))
    , m_next(toolButton(QStringLiteral("nextPageButton"), this))
    , m_pageLabel(new QLabel(this))
    , m_zoomOut(toolButton(QStringLiteral("zoomOutButton"), this))
    , m_zoomIn(toolButton(QStringLiteral("zoomInButton"), this))
    , m_fitWidth(toolButton(QStringLiteral("fitWidthButton"), this))
    , m_print(toolButton(QStringLiteral("printButton"), this))
    , m_save(toolButton(QStringLiteral("saveButton"), this))
{
    m_view->setObjectName(QStringLiteral("billPdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setBackgroundRole(QPalette::Dark);
    m_message->setObjectName(QStringLiteral("pdfMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setMinimumWidth(m_pageLabel->fontMetrics().horizontalAdvance(QStringLiteral("Page 00 of 00")));
    m_pageLabel->setAlignment(Qt::AlignCenter);

    const QStyle *s = style();
    m_previous->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(s->standardIcon(QStyle::SP_ArrowDown));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_save->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_print->setShortcut(QKeySequence::Print);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(bar);
    column->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, &BillPdfPane::previousPage);
    connect(m_next, &QToolButton::clicked, this, &BillPdfPane::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &BillPdfPane::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &BillPdfPane::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &BillPdfPane::fitToWidth);
    connect(m_print, &QToolButton::clicked, this, &BillPdfPane::print);
    connect(m_save, &QToolButton::clicked, this, &BillPdfPane::save);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &BillPdfPane::updateControls);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            m_stack->setCurrentWidget(m_view);
            goToPage(0);
            Q_EMIT documentReady(m_document->pageCount());
        } else if (status == QPdfDocument::Status::Error) {
            showMessage(tr("This bill could not be shown."));
            Q_EMIT failed({Failure::Kind::Unreadable,
                           tr("The bill's PDF could not be read."),
                           QStringLiteral("QPdfDocument error %1").arg(int(m_document->error()))});
        }
        updateControls();
    });

    retranslate();
    showMessage(tr("Choose a bill to see it here."));
}

BillPdfPane::~BillPdfPane()
{
    // The document reads from m_buffer until it is closed.
    m_view->setDocument(nullptr);
    m_document->close();
}

void BillPdfPane::retranslate()
{
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setAccessibleName(tr("Next page"));
    //: Zoom out button; keep it one character.
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    //: Zoom in button; keep it one character.
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitWidth->setAccessibleName(tr("Fit the page to the width"));
    m_print->setText(tr("Print…"));
    m_print->setAccessibleName(tr("Print this bill"));
    m_save->setText(tr("Save…"));
    m_save->setAccessibleName(tr("Save this bill as a PDF file"));
    m_view->setAccessibleName(tr("Bill"));
    updateControls();
}

void BillPdfPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BillPdfPane::load(const QByteArray &pdf, const QString &fileName)
{
    m_document->close();
    m_buffer.close();
    m_bytes = pdf;
    m_fileName = fileName;
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    updateControls();
}

void BillPdfPane::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

void BillPdfPane::clear()
{
    m_document->close();
    m_buffer.close();
    m_buffer.setBuffer(nullptr);
    m_bytes.fill('\0'); // member data: do not leave it lying in freed memory
    m_bytes.clear();
    m_fileName.clear();
    showMessage(tr("Choose a bill to see it here."));
}

void BillPdfPane::setSaveAllowed(bool allowed)
{
    m_saveAllowed = allowed;
    m_save->setVisible(allowed);
}

int BillPdfPane::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void BillPdfPane::updateControls()
{
    const bool ready = m_document->status() == QPdfDocument::Status::Ready
        && m_stack->currentWidget() == m_view;
    const int pages = ready ? m_document->pageCount() : 0;
    const int page = currentPage();
    m_previous->setEnabled(ready && page > 0);
    m_next->setEnabled(ready && page + 1 < pages);
    m_zoomIn->setEnabled(ready);
    m_zoomOut->setEnabled(ready);
    m_fitWidth->setEnabled(ready);
    m_print->setEnabled(ready);
    m_save->setEnabled(ready && m_saveAllowed);
    //: Where the PDF viewer is: %1 is the page shown, %2 the number of pages.
    m_pageLabel->setText(ready ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
}

void BillPdfPane::goToPage(int page)
{
    if (m_document->pageCount() <= 0)
        return;
    page = std::clamp(page, 0, m_document->pageCount() - 1);
    m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
    updateControls();
}

void BillPdfPane::nextPage()
{
    goToPage(currentPage() + 1);
}

void BillPdfPane::previousPage()
{
    goToPage(currentPage() - 1);
}

void BillPdfPane::setZoom(qreal factor)
{
    m_fitWidth->setChecked(false);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(factor, minimumZoom, maximumZoom));
}

void BillPdfPane::zoomIn()
{
    setZoom(m_view->zoomFactor() * zoomStep);
}

void BillPdfPane::zoomOut()
{
    setZoom(m_view->zoomFactor() / zoomStep);
}

void BillPdfPane::fitToWidth()
{
    m_fitWidth->setChecked(true);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

bool BillPdfPane::printTo(QPrinter &printer)
{
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() < 1)
        return false;
    printer.setDocName(m_fileName);
    QPainter painter;
    if (!painter.begin(&printer)) {
        Q_EMIT failed({Failure::Kind::Other, tr("The printer could not be started."), {}});
        return false;
    }
    const int dpi = std::min(printer.resolution(), maximumPrintDpi);
    const QRectF area(QPointF(0, 0), printer.pageLayout().paintRectPixels(printer.resolution()).size());
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0 && !printer.newPage()) {
            painter.end();
            Q_EMIT failed({Failure::Kind::Other, tr("The printer stopped before the last page."), {}});
            return false;
        }
        const QSizeF points = m_document->pagePointSize(page);
        if (points.isEmpty())
            continue;
        const QImage image = m_document->render(page, (points * dpi / 72.0).toSize());
        // Fit the page into the paintable area, keeping its shape, centred at the top.
        const QSizeF fitted = points.scaled(area.size(), Qt::KeepAspectRatio);
        const QRectF target(area.left() + (area.width() - fitted.width()) / 2, area.top(),
                            fitted.width(), fitted.height());
        painter.drawImage(target, image);
    }
    return painter.end();
}

bool BillPdfPane::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        //: %1 is the file the member chose, %2 the system's reason.
        Q_EMIT failed({Failure::Kind::Other,
                       tr("The bill could not be saved to %1: %2").arg(path, file.errorString()),
                       {}});
        return false;
    }
    return true;
}

void BillPdfPane::print()
{
    if (m_document->status() != QPdfDocument::Status::Ready)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print bill"));
    connect(dialog, &QDialog::accepted, this, [this] { printTo(*m_printer); });
    dialog->open();
}

void BillPdfPane::save()
{
    if (!m_saveAllowed || m_bytes.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save bill"), folder + u'/' + m_fileName,
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

} // namespace coopdesk::ui
