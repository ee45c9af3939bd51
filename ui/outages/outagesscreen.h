#pragma once

#include "ui/services/memberservices.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QVBoxLayout;

namespace coopdesk {
class OutagesModel;
}

namespace coopdesk::ui {

class MemberContext;
class TaskProgress;

// Outages and contact: report an outage for a location of the current account and follow it,
// see outages in the area, write to the co-op, and find its offices and drop boxes on a map.
// Anything else opens the co-op's own portal ("Open in SmartHub").
class OutagesScreen : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    enum Tab { OutagesTab, ContactTab };

    explicit OutagesScreen(MemberContext &context, QWidget *parent = nullptr);

    // QDesktopServices::openUrl unless replaced (tests record the URLs instead).
    void setUrlOpener(UrlOpener opener);
    void showTab(Tab tab);

    void refreshStatus();
    void loadOffices();

    // An OpenStreetMap link to the office: its coordinates when known, else a search for the
    // address.
    static QUrl mapsUrl(const CoopOffice &office);

    const OutageStatus &status() const { return m_status; }
    const QList<CoopOffice> &offices() const { return m_offices; }
    OutagesModel *reportsModel() const { return m_model; }
    QString lastTicket() const { return m_lastTicket; }
    QString lastMessageTicket() const { return m_lastMessageTicket; }

Q_SIGNALS:
    void statusLoaded();
    void officesLoaded();
    void outageReported(const coopdesk::OutageReport &report);
    void messageSent(const QString &ticket);

private:
    QWidget *buildOutagesTab();
    QWidget *buildContactTab();
    void fillLocations();
    void updateReportForm();
    void report();
    void showStatus(const OutageStatus &status);
    void fillAbout();
    void updateMessageForm();
    void sendMessage();
    void showOffices();
    void open(const QUrl &url);
    void track(Task *task, const QString &what);
    void refused(const QString &message);
    void clearAll();

    MemberContext &m_context;
    UrlOpener m_opener;
    OutageStatus m_status;
    QList<CoopOffice> m_offices;
    QString m_lastTicket;
    QString m_lastMessageTicket;

    TaskProgress *m_progress;
    QTabWidget *m_tabs;
    // report
    QLabel *m_reportAccount;
    QComboBox *m_location;
    QComboBox *m_kind;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_report;
    QLabel *m_reportResult;
    // status
    OutagesModel *m_model;
    QTableView *m_reports;
    QTreeWidget *m_active;
    QLabel *m_asOf;
    QPushButton *m_refresh;
    // contact
    QComboBox *m_topic;
    QComboBox *m_about;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_bodyCount;
    QPushButton *m_send;
    QLabel *m_messageResult;
    QWidget *m_officeList;
    QVBoxLayout *m_officeLayout;
};

} // namespace coopdesk::ui
