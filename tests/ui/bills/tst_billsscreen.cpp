// The Bills screen against the in-process simulator: history, the bill's PDF, print, save and
// compare, checked against the simulator's own bills and weather.
#include "models/items/billsmodel.h"
#include "ui/support/demosession.h"
#include "ui/bills/billcompareview.h"
#include "ui/bills/billcomparison.h"
#include "ui/bills/billpdfpane.h"
#include "ui/bills/billsscreen.h"
#include "ui/common/formatting.h"
#include "ui/common/taskprogress.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace coopdesk;
using namespace coopdesk::ui;
using coopdesk::uitest::DemoSession;

namespace {

const QString homeAccount = QStringLiteral("1000123401");
const QString closedAccount = QStringLiteral("1000123404");
constexpr int answerMs = 20000;

// True once the PDF view has painted a page with text on it (QPdfView renders in the background).
bool showsInk(QWidget *viewport)
{
    const QImage image = viewport->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 96)
                ++dark;
    return dark > 200;
}

} // namespace

class tst_BillsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // Model only: no simulator.
    void modelPassesTester();
    void modelDerivesMissingPeriods();
    void meanOfDailyMeansSkipsGaps();

    // The screen against the simulator.
    void historyMatchesSimulator();
    void billPdfLoads();
    void pageNavigation();
    void printProducesEveryPage();
    void saveWritesExactPdf();
    void saveDialogIsNonBlocking();
    void compareShowsBothPeriods();
    void compareFromSelection();
    void closedAccountKeepsHistory();
    void screenshots();
    void clearedForgetsEverything();

private:
    QList<sim::Bill> simBills(const QString &account);
    void waitForHistory(BillsScreen &screen, const QString &account);
    void waitForPdf(BillsScreen &screen);

    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<BillsScreen> m_screen;
    QTemporaryDir m_dir;
};

void tst_BillsScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // What the app does for an English-speaking member in the US (and what screenshots show).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = std::make_unique<DemoSession>();
    QVERIFY(m_session->start());
    m_session->context().setCurrentAccount(homeAccount);
    m_screen = std::make_unique<BillsScreen>(m_session->context());
    m_screen->resize(1280, 800);
    m_screen->show();
}

void tst_BillsScreen::cleanupTestCase()
{
    m_screen.reset();
    m_session.reset();
}

QList<sim::Bill> tst_BillsScreen::simBills(const QString &account)
{
    const sim::Account *a = m_session->simulator().world().coop().account(account);
    return a ? m_session->simulator().world().bills(*a) : QList<sim::Bill>();
}

void tst_BillsScreen::waitForHistory(BillsScreen &screen, const QString &account)
{
    const int expected = int(simBills(account).size());
    QTRY_COMPARE_WITH_TIMEOUT(screen.model()->rowCount(), expected, answerMs);
}

void tst_BillsScreen::waitForPdf(BillsScreen &screen)
{
    // The bill shown before may still be on screen while the chosen one is fetched.
    QTRY_VERIFY_WITH_TIMEOUT(!screen.isLoading(), answerMs);
    QTRY_COMPARE_WITH_TIMEOUT(screen.document()->status(), QPdfDocument::Status::Ready, answerMs);
}

void tst_BillsScreen::modelPassesTester()
{
    BillsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<BillSummary> bills;
    for (int i = 0; i < 5; ++i) {
        BillSummary b;
        b.accountNumber = homeAccount;
        b.billDate = QDate(2026, 1 + i, 1);
        b.periodStart = b.billDate.addMonths(-1);
        b.periodEnd = b.billDate.addDays(-1);
        b.amount = Money::fromCents(10000 + i * 123);
        b.kwh = 500 + i * 10;
        b.uuid = QStringLiteral("uuid-%1").arg(i);
        bills.append(b);
    }
    model.setBills(bills); // oldest first on purpose
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(BillsModel::ColumnCount));
    QCOMPARE(model.bill(0).uuid, QStringLiteral("uuid-4")); // newest first
    QCOMPARE(model.data(model.index(0, BillsModel::AmountColumn), BillsModel::SortRole).toLongLong(),
             10000 + 4 * 123);
    QCOMPARE(model.data(model.index(0, 0), BillsModel::BillRole).value<BillSummary>().uuid,
             QStringLiteral("uuid-4"));
    QCOMPARE(model.rowOfUuid(QStringLiteral("uuid-1")), 3);
    QVERIFY(model.data(model.index(0, BillsModel::AmountColumn)).toString().contains(u"$"));
    model.setLocale(QLocale(QLocale::Spanish, QLocale::Spain));
    QVERIFY(model.data(model.index(0, BillsModel::KwhColumn)).toString().startsWith(u"540"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setBills(bills);
    QCOMPARE(model.rowCount(), 5);
}

void tst_BillsScreen::modelDerivesMissingPeriods()
{
    // No read dates: periods come from consecutive bill dates.
    QList<BillSummary> bills(3);
    bills[0].billDate = QDate(2026, 8, 3);
    bills[1].billDate = QDate(2026, 7, 2);
    bills[2].billDate = QDate(2026, 6, 1);
    BillsModel model;
    model.setBills(bills);
    QCOMPARE(model.bill(0).periodStart, QDate(2026, 7, 2));
    QCOMPARE(model.bill(0).periodEnd, QDate(2026, 8, 2));
    QCOMPARE(BillsModel::periodDays(model.bill(0)), 32);
    QCOMPARE(BillsModel::periodDays(model.bill(1)), 31); // June 1 – July 1
    // The oldest has no predecessor: its length is unknown, not guessed.
    QVERIFY(!model.bill(2).periodStart.isValid());
    QCOMPARE(BillsModel::periodDays(model.bill(2)), 0);
}

void tst_BillsScreen::meanOfDailyMeansSkipsGaps()
{
    TemperatureSeries series;
    series.daily = {{QDate(2026, 1, 1), 40, 20, 30}, {QDate(2026, 1, 2), 50, 30, 40},
                    {QDate(2026, 1, 3), 0, 0, std::nan("")}, {QDate(2026, 1, 4), 70, 50, 90}};
    const auto mean = meanOfDailyMeans(series, QDate(2026, 1, 1), QDate(2026, 1, 3));
    QVERIFY(mean);
    QCOMPARE(*mean, 35.0);
    QVERIFY(!meanOfDailyMeans(series, QDate(2026, 2, 1), QDate(2026, 2, 3)));
}

void tst_BillsScreen::historyMatchesSimulator()
{
    BillsScreen &screen = *m_screen;
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForHistory(screen, homeAccount);
    const QList<sim::Bill> truth = simBills(homeAccount);
    QVERIFY(truth.size() >= 12);
    // Newest first: row r is the simulator's bill size-1-r.
    for (int row = 0; row < screen.model()->rowCount(); ++row) {
        const sim::Bill &expected = truth.at(truth.size() - 1 - row);
        const BillSummary bill = screen.model()->bill(row);
        QCOMPARE(bill.billDate, expected.billDate);
        QCOMPARE(bill.amount, expected.total);
        QVERIFY2(std::abs(bill.kwh - expected.kwh) < 0.05, qPrintable(QString::number(bill.kwh)));
        QCOMPARE(bill.periodStart, expected.periodStart);
        QCOMPARE(bill.periodEnd, expected.periodEnd);
        QCOMPARE(BillsModel::periodDays(bill), int(expected.periodStart.daysTo(expected.periodEnd)) + 1);
        QCOMPARE(screen.model()->data(screen.model()->index(row, BillsModel::AmountColumn)).toString(),
                 formatMoney(expected.total));
    }
    // The view shows them, sorted newest first too.
    QCOMPARE(screen.historyView()->model()->rowCount(), int(truth.size()));
    QCOMPARE(screen.historyView()->model()->index(0, 0).data(BillsModel::SortRole).toDate(),
             truth.constLast().billDate);
}

void tst_BillsScreen::billPdfLoads()
{
    BillsScreen &screen = *m_screen;
    waitForHistory(screen, homeAccount);
    screen.showBill(1);
    QCOMPARE(screen.historyView()->currentIndex().row(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!screen.pdfPane()->pdfBytes().isEmpty(), answerMs);
    waitForPdf(screen);
    QVERIFY(screen.document()->pageCount() >= 1);
    QVERIFY(screen.pdfPane()->findChild<QToolButton *>(QStringLiteral("printButton"))->isEnabled());
    QCOMPARE(screen.pdfPane()->findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
             QStringLiteral("Page 1 of %1").arg(screen.document()->pageCount()));
}

void tst_BillsScreen::pageNavigation()
{
    BillsScreen &screen = *m_screen;
    waitForPdf(screen);
    BillPdfPane *pane = screen.pdfPane();
    const int pages = screen.document()->pageCount();
    QCOMPARE(pane->currentPage(), 0);
    pane->nextPage();
    QCOMPARE(pane->currentPage(), pages > 1 ? 1 : 0);
    pane->previousPage();
    QCOMPARE(pane->currentPage(), 0);
    const qreal before = pane->view()->zoomFactor();
    pane->zoomIn();
    QVERIFY(pane->view()->zoomFactor() > before);
    pane->fitToWidth();
}

void tst_BillsScreen::printProducesEveryPage()
{
    BillsScreen &screen = *m_screen;
    waitForPdf(screen);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY(screen.printTo(printer));
    QPdfDocument printed;
    QCOMPARE(printed.load(path), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), screen.document()->pageCount());
}

void tst_BillsScreen::saveWritesExactPdf()
{
    BillsScreen &screen = *m_screen;
    waitForPdf(screen);
    const QString path = m_dir.filePath(QStringLiteral("saved.pdf"));
    QVERIFY(screen.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes, screen.pdfPane()->pdfBytes());

    // A place that cannot be written: reported in the banner, not a modal box.
    QSignalSpy reported(&m_session->context(), &MemberContext::failureReported);
    QVERIFY(!screen.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/bill.pdf"))));
    QCOMPARE(reported.size(), 1);
}

void tst_BillsScreen::saveDialogIsNonBlocking()
{
    BillsScreen &screen = *m_screen;
    waitForPdf(screen);
    auto *save = screen.pdfPane()->findChild<QToolButton *>(QStringLiteral("saveButton"));
    QVERIFY(save && save->isEnabled());
    save->click(); // returns at once: open(), not exec()
    auto *dialog = screen.findChild<QFileDialog *>(QStringLiteral("saveDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("from-dialog.pdf"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides the public QDialog slot
    QVERIFY(QFile::exists(path));
}

void tst_BillsScreen::compareShowsBothPeriods()
{
    BillsScreen &screen = *m_screen;
    waitForHistory(screen, homeAccount);
    const QList<sim::Bill> truth = simBills(homeAccount);
    // Model rows 12 and 0: the newest bill against the same month a year earlier.
    const int older = std::min(12, int(truth.size()) - 1);
    screen.compareBills(older, 0);
    BillCompareView *view = screen.compareView();
    QCOMPARE(screen.findChild<QTabWidget *>(QStringLiteral("billTabs"))->currentWidget(), view);
    QTRY_VERIFY_WITH_TIMEOUT(
        view->text(BillCompareView::TemperatureRow, BillCompareView::FirstColumn) != QStringLiteral("Loading…")
        && view->text(BillCompareView::TemperatureRow, BillCompareView::SecondColumn) != QStringLiteral("Loading…"),
        answerMs);

    const sim::Bill &first = truth.at(truth.size() - 1 - older);
    const sim::Bill &second = truth.constLast();
    QCOMPARE(view->text(BillCompareView::EnergyRow, BillCompareView::FirstColumn), formatKwh(first.kwh));
    QCOMPARE(view->text(BillCompareView::EnergyRow, BillCompareView::SecondColumn), formatKwh(second.kwh));
    QCOMPARE(view->text(BillCompareView::AmountRow, BillCompareView::SecondColumn), formatMoney(second.total));
    QCOMPARE(view->text(BillCompareView::DaysRow, BillCompareView::FirstColumn),
             QLocale().toString(int(first.periodStart.daysTo(first.periodEnd)) + 1));
    QVERIFY(!view->text(BillCompareView::EnergyRow, BillCompareView::ChangeColumn).isEmpty());

    // The average temperature is the mean of the period's daily means (°F by default).
    const sim::Account *account = m_session->simulator().world().coop().account(homeAccount);
    QVERIFY(account);
    const sim::ServiceLocation *location = m_session->simulator().world().coop().location(
        m_session->context().currentLocation());
    QVERIFY(location);
    for (const auto &[bill, column] : {std::pair{first, BillCompareView::FirstColumn},
                                       std::pair{second, BillCompareView::SecondColumn}}) {
        double sum = 0;
        int days = 0;
        for (QDate d = bill.periodStart; d <= bill.periodEnd; d = d.addDays(1), ++days)
            sum += m_session->simulator().world().dailyWeather(*location, d).meanF;
        QString shown = view->text(BillCompareView::TemperatureRow, column);
        QVERIFY2(shown.endsWith(u"°F"), qPrintable(shown));
        shown.chop(2);
        bool ok = false;
        const double value = QLocale().toDouble(shown, &ok);
        QVERIFY2(ok, qPrintable(shown));
        QVERIFY2(std::abs(value - sum / days) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(value).arg(sum / days)));
    }
    QVERIFY(!view->text(BillCompareView::TemperatureRow, BillCompareView::ChangeColumn).isEmpty());

    // Celsius follows the member's preference.
    m_session->preferences().setTemperatureUnit(TemperatureUnit::Celsius);
    QVERIFY(view->text(BillCompareView::TemperatureRow, BillCompareView::FirstColumn).endsWith(u"°C"));
    m_session->preferences().setTemperatureUnit(TemperatureUnit::Fahrenheit);
}

void tst_BillsScreen::compareFromSelection()
{
    BillsScreen &screen = *m_screen;
    waitForHistory(screen, homeAccount);
    QTableView *history = screen.historyView();
    auto *button = screen.findChild<QPushButton *>(QStringLiteral("compareButton"));
    QVERIFY(button);
    history->selectionModel()->select(history->model()->index(0, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!button->isEnabled());
    history->selectionModel()->select(history->model()->index(2, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(button->isEnabled());
    button->click();
    // The older bill first.
    QCOMPARE(screen.compareView()->firstRow(), 2);
    QCOMPARE(screen.compareView()->secondRow(), 0);
    QCOMPARE(screen.findChild<QComboBox *>(QStringLiteral("secondBillCombo"))->currentText(),
             screen.model()->index(0, BillsModel::BillDateColumn).data().toString());
}

void tst_BillsScreen::closedAccountKeepsHistory()
{
    BillsScreen &screen = *m_screen;
    m_session->context().setCurrentAccount(closedAccount);
    QCOMPARE(screen.account(), closedAccount);
    const QList<sim::Bill> truth = simBills(closedAccount);
    waitForHistory(screen, closedAccount);
    QTRY_VERIFY_WITH_TIMEOUT(!screen.isLoading(), answerMs);
    auto *note = screen.findChild<QLabel *>(QStringLiteral("closedAccountNote"));
    QVERIFY(note && note->isVisible());
    if (truth.isEmpty()) {
        auto *empty = screen.findChild<QLabel *>(QStringLiteral("billsEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
    } else {
        QCOMPARE(screen.model()->bill(0).amount, truth.constLast().total);
        waitForPdf(screen);
    }
    m_session->context().setCurrentAccount(homeAccount);
    waitForHistory(screen, homeAccount);
    QVERIFY(!note->isVisible());
}

void tst_BillsScreen::screenshots()
{
    BillsScreen &screen = *m_screen;
    waitForHistory(screen, homeAccount);
    screen.showBill(0);
    waitForPdf(screen);
    QTRY_VERIFY_WITH_TIMEOUT(!screen.isLoading(), answerMs);
    const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    screen.resize(1280, 800);
    QTRY_VERIFY_WITH_TIMEOUT(showsInk(screen.pdfPane()->view()->viewport()), answerMs);
    const QImage list = screen.grab().toImage();
    QCOMPARE(list.size(), QSize(1280, 800));

    screen.compareBills(12, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!screen.isLoading(), answerMs);
    const QImage compare = screen.grab().toImage();
    if (dir.isEmpty())
        QSKIP("COOPDESK_SCREENSHOT_DIR not set: nothing saved");
    QDir().mkpath(dir);
    QVERIFY(list.save(QDir(dir).filePath(QStringLiteral("bills.png"))));
    QVERIFY(compare.save(QDir(dir).filePath(QStringLiteral("bills-compare.png"))));
}

void tst_BillsScreen::clearedForgetsEverything()
{
    BillsScreen &screen = *m_screen;
    waitForHistory(screen, homeAccount);
    m_session->context().clear();
    QCOMPARE(screen.model()->rowCount(), 0);
    QVERIFY(screen.pdfPane()->pdfBytes().isEmpty());
    QCOMPARE(screen.document()->status(), QPdfDocument::Status::Null);
    QVERIFY(screen.account().isEmpty());
}

QTEST_MAIN(tst_BillsScreen)
#include "tst_billsscreen.moc"
