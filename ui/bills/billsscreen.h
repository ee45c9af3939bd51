#pragma once

#include "ui/services/memberservices.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace coopdesk {
class BillsModel;
}

namespace coopdesk::ui {

class BillCompareView;
class BillPdfPane;
class MemberContext;
class TaskProgress;

// The Bills screen: the current account's bill history (newest first), the chosen bill's PDF
// (page through, zoom, print, save) and a side-by-side comparison of two bills with the
// average outdoor temperature of each period. Follows the shell's current account; forgets
// everything on MemberContext::cleared().
class BillsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit BillsScreen(MemberContext &context, QWidget *parent = nullptr);
    ~BillsScreen() override;

    BillsModel *model() const { return m_model; }
    QTableView *historyView() const { return m_history; }
    BillPdfPane *pdfPane() const { return m_pdf; }
    QPdfDocument *document() const;
    BillCompareView *compareView() const { return m_compare; }
    TaskProgress *progress() const { return m_progress; }
    QString account() const { return m_account; }
    bool isLoading() const;

    // Selects the bill of model row `row` and opens its PDF.
    void showBill(int row);
    // Shows the Compare tab for the bills of model rows `first` and `second`.
    void compareBills(int first, int second);
    bool printTo(QPrinter &printer);
    bool saveTo(const QString &path);

public Q_SLOTS:
    void reload();
    void compareSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setAccount(const QString &account);
    void forget();
    void showHistoryState();
    void openPdf(int row);
    void fetchMissingTemperatures();
    void updateCompareButton();
    QString locationFor(const QString &account) const;

    MemberContext &m_context;
    BillsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_closedNote;
    TaskProgress *m_progress;
    QStackedWidget *m_historyStack;
    QTableView *m_history;
    QLabel *m_emptyState;
    QPushButton *m_compareButton;
    QPushButton *m_reloadButton;
    QTabWidget *m_tabs;
    BillPdfPane *m_pdf;
    BillCompareView *m_compare;

    QString m_account;
    QString m_pdfUuid;            // the bill whose PDF is shown or coming
    bool m_historyLoaded = false;
    bool m_historyFailed = false;
    QPointer<Task> m_historyTask;
    QPointer<Task> m_pdfTask;
    QPointer<Task> m_temperatureTask;
    QString m_temperatureUuid;    // the bill m_temperatureTask is for
};

} // namespace coopdesk::ui
