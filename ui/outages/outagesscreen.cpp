#include "outagesscreen.h"

#include "models/items/outagesmodel.h"
#include "ui/common/membercontext.h"
#include "ui/common/taskprogress.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coopdesk::ui {

namespace {

constexpr int kMaxNote = 500;
constexpr int kMaxSubject = 120;
constexpr int kMaxBody = 2000;

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString addressLines(const PostalAddress &a)
{
    QStringList lines;
    lines << a.line1;
    if (!a.line2.isEmpty())
        lines << a.line2;
    //: City, state and ZIP on one address line: "Lyons, CO 80540"
    lines << OutagesScreen::tr("%1, %2 %3").arg(a.city, a.state, a.zip);
    return lines.join(u'\n');
}

} // namespace

OutagesScreen::OutagesScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_progress(new TaskProgress(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new OutagesModel(this))
{
    setObjectName(u"outagesScreen"_s);
    m_tabs->setObjectName(u"outagesTabs"_s);
    m_tabs->addTab(buildOutagesTab(), tr("&Outages"));
    m_tabs->addTab(buildContactTab(), tr("&Contact us"));
    auto *title = new QLabel(tr("Outages and contact"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    m_model->setTimeZone(m_context.services().coopTimeZone());
    connect(&m_context.services(), &MemberServices::timeZoneChanged, this,
            [this](const QTimeZone &zone) {
                m_model->setTimeZone(zone);
                showStatus(m_status);
            });
    connect(&m_context, &MemberContext::currentAccountChanged, this, &OutagesScreen::fillLocations);
    connect(&m_context, &MemberContext::accountsChanged, this, [this] {
        fillLocations();
        if (m_context.services().isSignedIn() && m_status.asOfMs == 0)
            refreshStatus();
    });
    connect(&m_context, &MemberContext::cleared, this, &OutagesScreen::clearAll);

    clearAll();
    fillLocations();
    // Offices are public (the kiosk shows them too); reports need a signed-in member.
    loadOffices();
    if (m_context.services().isSignedIn())
        refreshStatus();
}

void OutagesScreen::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void OutagesScreen::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void OutagesScreen::open(const QUrl &url)
{
    if (url.isValid() && m_opener)
        m_opener(url);
}

void OutagesScreen::track(Task *task, const QString &what)
{
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure);
    });
    m_progress->track(task, what);
}

void OutagesScreen::refused(const QString &message)
{
    m_context.report(Failure{Failure::Kind::Refused, message, {}});
}

// ---- the outages tab

QWidget *OutagesScreen::buildOutagesTab()
{
    auto *page = new QWidget(this);

    auto *reportBox = new QGroupBox(tr("Report an outage"), page);
    m_reportAccount = new QLabel(reportBox);
    m_reportAccount->setObjectName(u"reportAccount"_s);
    m_location = new QComboBox(reportBox);
    m_location->setObjectName(u"reportLocation"_s);
    m_location->setAccessibleName(tr("Service location of the outage"));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(24);
    m_kind = new QComboBox(reportBox);
    m_kind->setObjectName(u"reportKind"_s);
    m_kind->setAccessibleName(tr("What is wrong"));
    for (const QString &kind : OutagesModel::reportKinds())
        m_kind->addItem(OutagesModel::kindName(kind), kind);
    m_note = new QPlainTextEdit(reportBox);
    m_note->setObjectName(u"reportNote"_s);
    m_note->setAccessibleName(tr("Note for the co-op"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you see: a tree on the line, a pole number, since when…"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_noteLabel = new QLabel(reportBox);
    m_noteLabel->setBuddy(m_note);
    m_report = new QPushButton(tr("&Report the outage"), reportBox);
    m_report->setObjectName(u"reportOutage"_s);
    m_report->setAccessibleName(tr("Send the outage report"));
    m_reportResult = new QLabel(reportBox);
    m_reportResult->setObjectName(u"reportResult"_s);
    m_reportResult->setWordWrap(true);
    m_reportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *safety = new QLabel(tr("Stay away from downed lines and anything touching them. "
                                 "If a line is down or someone is in danger, call 911 too."),
                              reportBox);
    safety->setWordWrap(true);
    auto *reportForm = new QFormLayout;
    reportForm->addRow(tr("Account:"), m_reportAccount);
    reportForm->addRow(tr("&Location:"), m_location);
    reportForm->addRow(tr("&Problem:"), m_kind);
    reportForm->addRow(m_noteLabel, m_note);
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(m_reportResult, 1);
    reportButtons->addWidget(m_report);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(safety);
    reportLayout->addLayout(reportForm);
    reportLayout->addLayout(reportButtons);

    auto *statusBox = new QGroupBox(tr("Your reports"), page);
    m_reports = new QTableView(statusBox);
    m_reports->setObjectName(u"reportsTable"_s);
    m_reports->setAccessibleName(tr("Your outage reports"));
    m_reports->setModel(m_model);
    m_reports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reports->setAlternatingRowColors(true);
    m_reports->verticalHeader()->hide();
    m_reports->horizontalHeader()->setStretchLastSection(true);
    m_reports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_reports);

    auto *activeBox = new QGroupBox(tr("Outages in your area"), page);
    m_active = new QTreeWidget(activeBox);
    m_active->setObjectName(u"activeOutages"_s);
    m_active->setAccessibleName(tr("Outages in progress near your service locations"));
    m_active->setRootIsDecorated(false);
    m_active->setHeaderLabels({tr("Area"), tr("Status"), tr("Members affected"), tr("Started"),
                               tr("Power back by (estimate)"), tr("Cause")});
    m_active->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_asOf = new QLabel(activeBox);
    m_asOf->setObjectName(u"outagesAsOf"_s);
    m_refresh = new QPushButton(tr("Re&fresh"), activeBox);
    m_refresh->setObjectName(u"refreshOutages"_s);
    m_refresh->setAccessibleName(tr("Refresh reports and outages"));
    auto *smartHub = new QPushButton(tr("Outage map in SmartHub"), activeBox);
    smartHub->setObjectName(u"openSmartHubOutages"_s);
    smartHub->setAccessibleName(tr("Open the co-op's outage page in the browser"));
    auto *activeButtons = new QHBoxLayout;
    activeButtons->addWidget(m_asOf, 1);
    activeButtons->addWidget(smartHub);
    activeButtons->addWidget(m_refresh);
    auto *activeLayout = new QVBoxLayout(activeBox);
    activeLayout->addWidget(m_active);
    activeLayout->addLayout(activeButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(statusBox, 1);
    right->addWidget(activeBox, 1);
    auto *columns = new QHBoxLayout(page);
    columns->addWidget(reportBox, 2);
    columns->addLayout(right, 3);
    reportLayout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OutagesScreen::updateReportForm);
    connect(m_location, &QComboBox::currentIndexChanged, this, &OutagesScreen::updateReportForm);
    connect(m_note, &QPlainTextEdit::textChanged, this, &OutagesScreen::updateReportForm);
    connect(m_report, &QPushButton::clicked, this, &OutagesScreen::report);
    connect(m_refresh, &QPushButton::clicked, this, &OutagesScreen::refreshStatus);
    connect(smartHub, &QPushButton::clicked, this, [this] {
        open(m_context.services().portalPage(PortalPage::Outages));
    });
    return page;
}

void OutagesScreen::fillLocations()
{
    const QString keep = m_location->currentData().toString();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    const QString number = m_context.currentAccount();
    const Account *account = m_context.account(number);
    m_reportAccount->setText(account ? number : tr("(no account chosen)"));
    if (account) {
        for (const ServiceLocation &location : account->locations) {
            if (!location.active())
                continue; // the portal refuses reports for a location no longer served
            const QString place = location.address.line1.isEmpty()
                ? location.description
                //: %1 location name ("Home"), %2 street address
                : tr("%1 – %2").arg(location.description, location.address.line1);
            //: %1 service location number, %2 its name and street
            m_location->addItem(tr("%1 (%2)").arg(place.isEmpty() ? location.number : place,
                                                   location.number),
                                location.number);
        }
        const int primary = m_location->findData(keep.isEmpty() ? m_context.currentLocation() : keep);
        if (primary >= 0)
            m_location->setCurrentIndex(primary);
    }
    updateReportForm();
}

void OutagesScreen::updateReportForm()
{
    const bool other = m_kind->currentData().toString() == u"OTHER";
    m_noteLabel->setText(other ? tr("&Note (required):") : tr("&Note (optional):"));
    const QString note = m_note->toPlainText().trimmed();
    const bool noteOk = (!other || !note.isEmpty()) && note.size() <= kMaxNote;
    m_report->setEnabled(m_context.services().isSignedIn() && m_location->count() > 0 && noteOk);
    if (other && note.isEmpty())
        m_report->setToolTip(tr("For “Other”, say in the note what is wrong."));
    else if (note.size() > kMaxNote)
        m_report->setToolTip(tr("The note can have at most %1 characters.").arg(kMaxNote));
    else
        m_report->setToolTip(QString());
}

void OutagesScreen::report()
{
    OutageReportRequest request;
    request.accountNumber = m_context.currentAccount();
    request.locationNumber = m_location->currentData().toString();
    request.kind = m_kind->currentData().toString();
    request.note = m_note->toPlainText().trimmed();
    if (request.accountNumber.isEmpty() || request.locationNumber.isEmpty())
        return;
    if (request.kind == u"OTHER" && request.note.isEmpty()) {
        refused(tr("For “Other”, please say in the note what is wrong, so the crew knows what "
                   "to look for."));
        return;
    }
    if (request.note.size() > kMaxNote) {
        refused(tr("The note can have at most %1 characters.").arg(kMaxNote));
        return;
    }
    m_report->setEnabled(false);
    Task *task = m_context.services().reportOutage(request, this, [this](const OutageReport &r) {
        m_lastTicket = r.ticket;
        m_note->clear();
        //: %1 is a ticket number like OR-100001
        m_reportResult->setText(tr("Reported. Your ticket is %1.").arg(r.ticket));
        m_context.inform(tr("Outage reported. Your ticket is %1.").arg(r.ticket));
        Q_EMIT outageReported(r);
        refreshStatus();
    });
    connect(task, &Task::finished, this, &OutagesScreen::updateReportForm);
    track(task, tr("Reporting the outage…"));
}

void OutagesScreen::refreshStatus()
{
    if (!m_context.services().isSignedIn())
        return;
    m_refresh->setEnabled(false);
    Task *task = m_context.services().outageStatus(this, [this](const OutageStatus &status) {
        showStatus(status);
        Q_EMIT statusLoaded();
    });
    connect(task, &Task::finished, this, [this] { m_refresh->setEnabled(true); });
    track(task, tr("Looking up outages…"));
}

void OutagesScreen::showStatus(const OutageStatus &status)
{
    m_status = status;
    m_model->setReports(status.reports);
    m_active->clear();
    const WallClock &clock = m_context.services().wallClock();
    const QLocale locale;
    auto when = [&](qint64 ms) {
        return ms > 0 ? locale.toString(clock.toLocal(ms), QLocale::ShortFormat) : tr("Not known yet");
    };
    for (const ActiveOutage &outage : status.outages) {
        auto *item = new QTreeWidgetItem(m_active);
        item->setText(0, outage.area);
        item->setText(1, OutagesModel::statusName(outage.status));
        item->setText(2, locale.toString(outage.customersAffected));
        item->setText(3, when(outage.startedMs));
        item->setText(4, when(outage.estimatedRestoreMs));
        item->setText(5, outage.cause);
        item->setData(0, Qt::UserRole, outage.id);
    }
    if (status.outages.isEmpty() && status.asOfMs > 0) {
        auto *item = new QTreeWidgetItem(m_active);
        item->setText(0, tr("No outages near your service locations right now."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    //: %1 is a date and time
    m_asOf->setText(status.asOfMs > 0 ? tr("As of %1").arg(when(status.asOfMs)) : QString());
}

// ---- the contact tab

QWidget *OutagesScreen::buildContactTab()
{
    auto *page = new QWidget(this);

    auto *messageBox = new QGroupBox(tr("Send the co-op a question"), page);
    m_topic = new QComboBox(messageBox);
    m_topic->setObjectName(u"messageTopic"_s);
    m_topic->setAccessibleName(tr("Topic of the question"));
    m_topic->addItem(tr("My bill"), u"BILLING"_s);
    m_topic->addItem(tr("Payments"), u"PAYMENTS"_s);
    m_topic->addItem(tr("An outage"), u"OUTAGE"_s);
    m_topic->addItem(tr("My service"), u"SERVICE"_s);
    //: Message topic
    m_topic->addItem(tr("Something else"), u"OTHER"_s);
    m_about = new QComboBox(messageBox);
    m_about->setObjectName(u"messageAccount"_s);
    m_about->setAccessibleName(tr("Account the question is about"));
    m_subject = new QLineEdit(messageBox);
    m_subject->setObjectName(u"messageSubject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(kMaxSubject);
    m_body = new QPlainTextEdit(messageBox);
    m_body->setObjectName(u"messageBody"_s);
    m_body->setAccessibleName(tr("Your question"));
    m_body->setTabChangesFocus(true);
    m_bodyCount = new QLabel(messageBox);
    m_bodyCount->setForegroundRole(QPalette::PlaceholderText);
    m_send = new QPushButton(tr("&Send"), messageBox);
    m_send->setObjectName(u"sendMessage"_s);
    m_send->setAccessibleName(tr("Send the question to the co-op"));
    m_messageResult = new QLabel(messageBox);
    m_messageResult->setObjectName(u"messageResult"_s);
    m_messageResult->setWordWrap(true);
    m_messageResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&About:"), m_about);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Question:"), m_body);
    form->addRow(QString(), m_bodyCount);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_messageResult, 1);
    sendRow->addWidget(m_send);
    auto *portalRow = new QHBoxLayout;
    auto *contactPage = new QPushButton(tr("Contact page in SmartHub"), messageBox);
    contactPage->setObjectName(u"openSmartHubContact"_s);
    contactPage->setAccessibleName(tr("Open the co-op's contact page in the browser"));
    auto *home = new QPushButton(tr("Open in SmartHub"), messageBox);
    home->setObjectName(u"openSmartHubHome"_s);
    home->setAccessibleName(tr("Open the co-op's portal in the browser for anything else"));
    auto *elsewhere = new QLabel(tr("Anything the app does not do:"), messageBox);
    portalRow->addWidget(elsewhere);
    portalRow->addWidget(home);
    portalRow->addWidget(contactPage);
    portalRow->addStretch(1);
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->addLayout(form, 1);
    messageLayout->addLayout(sendRow);
    messageLayout->addSpacing(8);
    messageLayout->addLayout(portalRow);

    auto *officesBox = new QGroupBox(tr("Offices and payment drop boxes"), page);
    auto *scroll = new QScrollArea(officesBox);
    scroll->setObjectName(u"officesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_officeList = new QWidget(scroll);
    m_officeList->setObjectName(u"officeList"_s);
    m_officeLayout = new QVBoxLayout(m_officeList);
    m_officeLayout->addStretch(1);
    scroll->setWidget(m_officeList);
    auto *officesLayout = new QVBoxLayout(officesBox);
    officesLayout->addWidget(scroll);

    auto *columns = new QHBoxLayout(page);
    columns->addWidget(messageBox, 1);
    columns->addWidget(officesBox, 1);

    connect(m_subject, &QLineEdit::textChanged, this, &OutagesScreen::updateMessageForm);
    connect(m_body, &QPlainTextEdit::textChanged, this, &OutagesScreen::updateMessageForm);
    connect(m_send, &QPushButton::clicked, this, &OutagesScreen::sendMessage);
    connect(contactPage, &QPushButton::clicked, this, [this] {
        open(m_context.services().portalPage(PortalPage::Contact));
    });
    connect(home, &QPushButton::clicked, this, [this] {
        open(m_context.services().portalPage(PortalPage::Home));
    });
    connect(&m_context, &MemberContext::accountsChanged, this, &OutagesScreen::fillAbout);
    connect(&m_context, &MemberContext::currentAccountChanged, this, [this](const QString &account) {
        const int current = m_about->findData(account);
        if (current >= 0)
            m_about->setCurrentIndex(current);
    });
    return page;
}

void OutagesScreen::fillAbout()
{
    m_about->clear();
    for (const Account &account : m_context.accounts())
        //: %1 account number
        m_about->addItem(tr("Account %1").arg(account.number), account.number);
    m_about->addItem(tr("My login, not one account"), QString());
    const int current = m_about->findData(m_context.currentAccount());
    if (current >= 0)
        m_about->setCurrentIndex(current);
}

void OutagesScreen::updateMessageForm()
{
    const qsizetype length = m_body->toPlainText().size();
    //: %1 characters typed, %2 the most allowed
    m_bodyCount->setText(tr("%1 of %2 characters").arg(QLocale().toString(qint64(length)),
                                                       QLocale().toString(kMaxBody)));
    m_send->setEnabled(m_context.services().isSignedIn()
                       && !m_subject->text().trimmed().isEmpty()
                       && !m_body->toPlainText().trimmed().isEmpty() && length <= kMaxBody);
}

void OutagesScreen::sendMessage()
{
    MemberMessage message;
    message.accountNumber = m_about->currentData().toString();
    message.topic = m_topic->currentData().toString();
    message.subject = m_subject->text().trimmed();
    message.body = m_body->toPlainText().trimmed();
    if (message.subject.isEmpty() || message.body.isEmpty()) {
        refused(tr("Please write a subject and your question."));
        return;
    }
    if (message.body.size() > kMaxBody) {
        refused(tr("The question can have at most %1 characters.").arg(kMaxBody));
        return;
    }
    m_send->setEnabled(false);
    Task *task = m_context.services().sendMessage(message, this, [this](const QString &ticket) {
        m_lastMessageTicket = ticket;
        m_subject->clear();
        m_body->clear();
        //: %1 is a ticket number like M-700001
        m_messageResult->setText(tr("Sent. Your ticket is %1; the co-op answers by e-mail.")
                                     .arg(ticket));
        m_context.inform(tr("Question sent. Your ticket is %1.").arg(ticket));
        Q_EMIT messageSent(ticket);
    });
    connect(task, &Task::finished, this, &OutagesScreen::updateMessageForm);
    track(task, tr("Sending your question…"));
}

// ---- offices

QUrl OutagesScreen::mapsUrl(const CoopOffice &office)
{
    QUrl url(u"https://www.openstreetmap.org/"_s);
    QUrlQuery query;
    if (office.latitude && office.longitude) {
        const QString lat = QString::number(*office.latitude, 'f', 6);
        const QString lon = QString::number(*office.longitude, 'f', 6);
        query.addQueryItem(u"mlat"_s, lat);
        query.addQueryItem(u"mlon"_s, lon);
        url.setQuery(query);
        url.setFragment(u"map=17/"_s + lat + u'/' + lon);
        return url;
    }
    const PostalAddress &a = office.address;
    url.setPath(u"/search"_s);
    query.addQueryItem(u"query"_s,
                       QStringList{a.line1, a.city, a.state, a.zip}.join(u", "_s));
    url.setQuery(query);
    return url;
}

void OutagesScreen::loadOffices()
{
    Task *task = m_context.services().offices(this, [this](const QList<CoopOffice> &offices) {
        m_offices = offices;
        showOffices();
        Q_EMIT officesLoaded();
    });
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure);
    });
}

void OutagesScreen::showOffices()
{
    // Everything but the trailing stretch goes.
    while (m_officeLayout->count() > 1) {
        QLayoutItem *item = m_officeLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int at = 0;
    for (const CoopOffice &office : std::as_const(m_offices)) {
        auto *card = new QFrame(m_officeList);
        card->setObjectName(u"office_"_s + office.id);
        card->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card);
        auto *name = boldLabel(office.name, card);
        auto *kind = new QLabel(office.kind == CoopOffice::Kind::Office ? tr("Office")
                                                                        : tr("Payment drop box"),
                                card);
        kind->setForegroundRole(QPalette::PlaceholderText);
        auto *address = new QLabel(addressLines(office.address), card);
        address->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QStringList details;
        if (!office.hours.isEmpty())
            //: Opening hours as the co-op writes them
            details << tr("Hours: %1").arg(office.hours);
        if (!office.phone.isEmpty())
            details << tr("Phone: %1").arg(office.phone);
        auto *detail = new QLabel(details.join(u'\n'), card);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *maps = new QPushButton(tr("Open in Maps"), card);
        maps->setObjectName(u"openMaps_"_s + office.id);
        //: %1 office name
        maps->setAccessibleName(tr("Open %1 in OpenStreetMap").arg(office.name));
        const QUrl url = mapsUrl(office);
        maps->setProperty("url", url);
        maps->setToolTip(url.toString());
        connect(maps, &QPushButton::clicked, this, [this, url] { open(url); });
        grid->addWidget(name, 0, 0);
        grid->addWidget(kind, 0, 1, Qt::AlignRight);
        grid->addWidget(address, 1, 0);
        grid->addWidget(detail, 1, 1);
        grid->addWidget(maps, 2, 1, Qt::AlignRight);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
        m_officeLayout->insertWidget(at++, card);
    }
}

void OutagesScreen::clearAll()
{
    m_status = {};
    m_model->clear();
    m_active->clear();
    m_asOf->clear();
    m_lastTicket.clear();
    m_lastMessageTicket.clear();
    m_reportResult->clear();
    m_messageResult->clear();
    m_note->clear();
    m_subject->clear();
    m_body->clear();
    fillLocations();
    fillAbout();
    updateMessageForm();
}

} // namespace coopdesk::ui
