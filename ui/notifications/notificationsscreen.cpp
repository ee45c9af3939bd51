#include "notificationsscreen.h"

#include "ui/common/membercontext.h"
#include "ui/common/taskprogress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coopdesk::ui {

namespace {

constexpr int kContactIdRole = Qt::UserRole + 1;

// Dropping punctuation as the portal does: "(970) 555-0134" -> "9705550134".
QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

bool looksLikeEmail(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    return at > 0 && address.indexOf(u'.', at) > at + 1 && !address.endsWith(u'.')
        && !address.contains(u' ');
}

} // namespace

const QList<NotificationEvent> &NotificationsScreen::events()
{
    static const QList<NotificationEvent> all = {
        NotificationEvent::BillAvailable,    NotificationEvent::PaymentDue,
        NotificationEvent::PaymentConfirmation, NotificationEvent::DelinquentNotice,
        NotificationEvent::CardExpiration,   NotificationEvent::Outage,
        NotificationEvent::UsageThreshold,
    };
    return all;
}

QString NotificationsScreen::wireName(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::BillAvailable: return u"BILL_AVAILABLE"_s;
    case NotificationEvent::PaymentDue: return u"PAYMENT_DUE"_s;
    case NotificationEvent::PaymentConfirmation: return u"PAYMENT_CONFIRMATION"_s;
    case NotificationEvent::DelinquentNotice: return u"DELINQUENT_NOTICE"_s;
    case NotificationEvent::CardExpiration: return u"CARD_EXPIRATION"_s;
    case NotificationEvent::Outage: return u"OUTAGE"_s;
    case NotificationEvent::UsageThreshold: return u"USAGE_THRESHOLD"_s;
    }
    return {};
}

QString NotificationsScreen::eventName(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::BillAvailable: return tr("A new bill is available");
    case NotificationEvent::PaymentDue: return tr("A payment is due");
    case NotificationEvent::PaymentConfirmation: return tr("A payment is received");
    case NotificationEvent::DelinquentNotice: return tr("The account is past due");
    case NotificationEvent::CardExpiration: return tr("A stored card is about to expire");
    case NotificationEvent::Outage: return tr("An outage affects my service");
    case NotificationEvent::UsageThreshold: return tr("Daily usage goes over");
    }
    return {};
}

NotificationsScreen::NotificationsScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_progress(new TaskProgress(this))
    , m_threshold(new QSpinBox(this))
    , m_channelHint(new QLabel(this))
    , m_save(new QPushButton(tr("&Save alerts"), this))
    , m_revert(new QPushButton(tr("&Undo changes"), this))
    , m_contactList(new QListWidget(this))
    , m_contactKind(new QComboBox(this))
    , m_contactAddress(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add contact"), this))
    , m_codeHint(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_remove(new QPushButton(tr("&Remove contact"), this))
{
    setObjectName(u"notificationsScreen"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"notificationsTitle"_s);

    // ---- alerts grid
    auto *alerts = new QGroupBox(tr("Alerts for this account"), this);
    auto *grid = new QGridLayout(alerts);
    auto *emailHeader = new QLabel(tr("E-mail"), alerts);
    //: Text message (SMS) column header
    auto *textHeader = new QLabel(tr("Text"), alerts);
    emailHeader->setAlignment(Qt::AlignCenter);
    textHeader->setAlignment(Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("Tell me when…"), alerts), 0, 0);
    grid->addWidget(emailHeader, 0, 1);
    grid->addWidget(textHeader, 0, 2);
    int line = 1;
    for (NotificationEvent event : events()) {
        const QString name = eventName(event);
        auto *label = new QLabel(name, alerts);
        Row row;
        row.email = new QCheckBox(alerts);
        row.text = new QCheckBox(alerts);
        row.email->setObjectName(u"email_"_s + wireName(event));
        row.text->setObjectName(u"text_"_s + wireName(event));
        //: %1 is an alert, e.g. "A new bill is available"
        row.email->setAccessibleName(tr("%1: by e-mail").arg(name));
        //: %1 is an alert, e.g. "A new bill is available"
        row.text->setAccessibleName(tr("%1: by text message").arg(name));
        grid->addWidget(label, line, 0);
        grid->addWidget(row.email, line, 1, Qt::AlignCenter);
        grid->addWidget(row.text, line, 2, Qt::AlignCenter);
        connect(row.email, &QCheckBox::toggled, this, &NotificationsScreen::updateChannels);
        connect(row.text, &QCheckBox::toggled, this, &NotificationsScreen::updateChannels);
        m_rows.insert(event, row);
        ++line;
    }
    m_threshold->setObjectName(u"usageThreshold"_s);
    m_threshold->setRange(1, 1000);
    m_threshold->setValue(60);
    //: Unit after the usage threshold number
    m_threshold->setSuffix(tr(" kWh per day"));
    m_threshold->setAccessibleName(tr("Daily usage threshold in kilowatt-hours"));
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addSpacing(24);
    thresholdRow->addWidget(new QLabel(tr("Threshold:"), alerts));
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch(1);
    grid->addLayout(thresholdRow, line++, 0, 1, 3);
    m_channelHint->setObjectName(u"channelHint"_s);
    m_channelHint->setWordWrap(true);
    m_channelHint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_channelHint, line++, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnMinimumWidth(1, 80);
    grid->setColumnMinimumWidth(2, 80);
    grid->setRowStretch(line, 1);

    m_save->setObjectName(u"saveNotifications"_s);
    m_save->setAccessibleName(tr("Save alert choices"));
    m_save->setDefault(true);
    m_revert->setObjectName(u"revertNotifications"_s);
    m_revert->setAccessibleName(tr("Undo changes to the alert choices"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *left = new QVBoxLayout;
    left->addWidget(alerts, 1);
    left->addLayout(buttons);

    // ---- contacts
    auto *contacts = new QGroupBox(tr("Where alerts go"), this);
    auto *contactsLayout = new QVBoxLayout(contacts);
    auto *contactsIntro = new QLabel(tr("Alerts go to every verified contact of the chosen kind. "
                                        "A new contact is used once you enter the code the co-op "
                                        "sends to it."), contacts);
    contactsIntro->setWordWrap(true);
    contactsLayout->addWidget(contactsIntro);
    m_contactList->setObjectName(u"contactList"_s);
    m_contactList->setAccessibleName(tr("Contacts for alerts"));
    contactsLayout->addWidget(m_contactList, 1);
    m_remove->setObjectName(u"removeContact"_s);
    m_remove->setAccessibleName(tr("Remove the selected contact"));
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    contactsLayout->addLayout(removeRow);

    auto *verifyBox = new QGroupBox(tr("Verify a contact"), contacts);
    auto *verifyLayout = new QVBoxLayout(verifyBox);
    m_codeHint->setObjectName(u"codeHint"_s);
    m_codeHint->setWordWrap(true);
    verifyLayout->addWidget(m_codeHint);
    auto *codeRow = new QHBoxLayout;
    m_code->setObjectName(u"verificationCode"_s);
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setMaxLength(12);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_verify->setObjectName(u"verifyContact"_s);
    m_verify->setAccessibleName(tr("Verify the selected contact with the code"));
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verify);
    verifyLayout->addLayout(codeRow);
    contactsLayout->addWidget(verifyBox);

    auto *addBox = new QGroupBox(tr("Add a contact"), contacts);
    auto *addLayout = new QHBoxLayout(addBox);
    m_contactKind->setObjectName(u"contactKind"_s);
    m_contactKind->setAccessibleName(tr("Kind of contact"));
    m_contactKind->addItem(tr("E-mail address"), int(NotificationContact::Kind::Email));
    m_contactKind->addItem(tr("Mobile number (texts)"), int(NotificationContact::Kind::Text));
    m_contactAddress->setObjectName(u"contactAddress"_s);
    m_contactAddress->setAccessibleName(tr("E-mail address or mobile number"));
    m_contactAddress->setPlaceholderText(tr("name@example.com"));
    m_add->setObjectName(u"addContact"_s);
    m_add->setAccessibleName(tr("Add the contact and send it a code"));
    addLayout->addWidget(m_contactKind);
    addLayout->addWidget(m_contactAddress, 1);
    addLayout->addWidget(m_add);
    contactsLayout->addWidget(addBox);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(contacts, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addLayout(columns, 1);

    connect(m_save, &QPushButton::clicked, this, &NotificationsScreen::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showSettings(m_settings); });
    connect(m_add, &QPushButton::clicked, this, &NotificationsScreen::addContact);
    connect(m_contactAddress, &QLineEdit::returnPressed, this, &NotificationsScreen::addContact);
    connect(m_verify, &QPushButton::clicked, this, &NotificationsScreen::verifyContact);
    connect(m_code, &QLineEdit::returnPressed, this, &NotificationsScreen::verifyContact);
    connect(m_remove, &QPushButton::clicked, this, &NotificationsScreen::removeContact);
    // A new code or another contact: the last "wrong code" no longer applies.
    auto freshStart = [this] {
        m_codeProblem.clear();
        updateContactButtons();
    };
    connect(m_contactList, &QListWidget::currentRowChanged, this, freshStart);
    connect(m_code, &QLineEdit::textChanged, this, freshStart);
    connect(m_contactAddress, &QLineEdit::textChanged, this,
            &NotificationsScreen::updateContactButtons);
    connect(m_contactKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool email = m_contactKind->currentData().toInt() == int(NotificationContact::Kind::Email);
        m_contactAddress->setPlaceholderText(email ? tr("name@example.com")
                                                   : tr("970-555-0134"));
    });

    connect(&m_context, &MemberContext::currentAccountChanged, this, [this] { loadSettings(); });
    connect(&m_context, &MemberContext::cleared, this, &NotificationsScreen::clearAll);

    clearAll();
    if (m_context.services().isSignedIn())
        reload();
}

void NotificationsScreen::reload()
{
    loadContacts();
    loadSettings();
}

void NotificationsScreen::track(Task *task, const QString &what)
{
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure);
    });
    m_progress->track(task, what);
}

void NotificationsScreen::refused(const QString &message)
{
    m_context.report(Failure{Failure::Kind::Refused, message, {}});
}

void NotificationsScreen::loadSettings()
{
    m_account = m_context.currentAccount();
    if (m_account.isEmpty()) {
        m_title->setText(tr("Alerts"));
        showSettings({});
        return;
    }
    //: %1 is an account number
    m_title->setText(tr("Alerts for account %1").arg(m_account));
    const QString account = m_account;
    Task *task = m_context.services().notificationSettings(
        account, this, [this, account](const NotificationSettings &settings) {
            if (account != m_account)
                return; // the member moved on to another account meanwhile
            m_settings = settings;
            showSettings(settings);
            Q_EMIT settingsLoaded(settings);
        });
    track(task, tr("Loading alerts…"));
}

void NotificationsScreen::loadContacts()
{
    Task *task = m_context.services().notificationContacts(
        this, [this](const QList<NotificationContact> &contacts) {
            const QString selected = selectedContact() ? selectedContact()->id : m_pendingContact;
            m_contacts = contacts;
            m_contactList->clear();
            for (const NotificationContact &c : contacts) {
                const QString kind = c.kind == NotificationContact::Kind::Email
                    ? tr("E-mail") : tr("Text");
                //: %1 kind of contact (E-mail/Text), %2 its address
                QString line = c.verified
                    ? tr("%1: %2").arg(kind, c.address)
                    : tr("%1: %2 (not verified: enter the code sent to it)").arg(kind, c.address);
                auto *item = new QListWidgetItem(line, m_contactList);
                item->setData(kContactIdRole, c.id);
                if (!c.verified) {
                    QFont italic = item->font();
                    italic.setItalic(true);
                    item->setFont(italic);
                    item->setForeground(palette().brush(QPalette::PlaceholderText));
                    item->setToolTip(tr("Not verified yet: alerts do not go here until you enter "
                                        "the code the co-op sent."));
                }
                if (c.id == selected)
                    m_contactList->setCurrentItem(item);
            }
            updateChannels();
            updateContactButtons();
            Q_EMIT contactsLoaded();
        });
    track(task, tr("Loading contacts…"));
}

void NotificationsScreen::showSettings(const NotificationSettings &settings)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QSignalBlocker blockEmail(it->email);
        const QSignalBlocker blockText(it->text);
        it->email->setChecked(false);
        it->text->setChecked(false);
        for (const NotificationPreference &p : settings.preferences) {
            if (p.event == it.key()) {
                it->email->setChecked(p.email);
                it->text->setChecked(p.text);
            }
        }
    }
    if (settings.usageThresholdKwhPerDay)
        m_threshold->setValue(qRound(*settings.usageThresholdKwhPerDay));
    updateChannels();
}

NotificationSettings NotificationsScreen::collect() const
{
    NotificationSettings settings;
    settings.accountNumber = m_account;
    for (NotificationEvent event : events()) {
        const Row &row = m_rows[event];
        settings.preferences.append({event, row.email->isChecked(), row.text->isChecked()});
    }
    const Row &usage = m_rows[NotificationEvent::UsageThreshold];
    if (usage.email->isChecked() || usage.text->isChecked())
        settings.usageThresholdKwhPerDay = double(m_threshold->value());
    else
        settings.usageThresholdKwhPerDay = m_settings.usageThresholdKwhPerDay;
    return settings;
}

bool NotificationsScreen::hasVerified(NotificationContact::Kind kind) const
{
    for (const NotificationContact &c : m_contacts)
        if (c.kind == kind && c.verified)
            return true;
    return false;
}

void NotificationsScreen::updateChannels()
{
    const bool email = hasVerified(NotificationContact::Kind::Email);
    const bool text = hasVerified(NotificationContact::Kind::Text);
    const bool haveAccount = !m_account.isEmpty();
    const QString noEmail = tr("Add an e-mail address under “Where alerts go” and verify it "
                               "to get alerts by e-mail.");
    const QString noText = tr("Add a mobile number under “Where alerts go” and verify it to get "
                              "alerts by text.");
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        // A box already ticked stays enabled so the member can untick it.
        it->email->setEnabled(haveAccount && (email || it->email->isChecked()));
        it->text->setEnabled(haveAccount && (text || it->text->isChecked()));
        it->email->setToolTip(email ? QString() : noEmail);
        it->text->setToolTip(text ? QString() : noText);
    }
    QStringList hints;
    if (!email)
        hints << noEmail;
    if (!text)
        hints << noText;
    m_channelHint->setText(hints.join(u'\n'));
    m_channelHint->setVisible(!hints.isEmpty());
    const Row &usage = m_rows[NotificationEvent::UsageThreshold];
    m_threshold->setEnabled(usage.email->isChecked() || usage.text->isChecked());
    m_save->setEnabled(haveAccount);
    m_revert->setEnabled(haveAccount);
}

void NotificationsScreen::save()
{
    if (m_account.isEmpty())
        return;
    const NotificationSettings settings = collect();
    // The portal refuses these too; saying it here keeps the member's choices on screen.
    bool wantsEmail = false;
    bool wantsText = false;
    for (const NotificationPreference &p : settings.preferences) {
        wantsEmail = wantsEmail || p.email;
        wantsText = wantsText || p.text;
    }
    if (wantsText && !hasVerified(NotificationContact::Kind::Text)) {
        refused(tr("Alerts cannot go by text yet: add a mobile number under “Where alerts go” "
                   "and enter the code sent to it first."));
        return;
    }
    if (wantsEmail && !hasVerified(NotificationContact::Kind::Email)) {
        refused(tr("Alerts cannot go by e-mail yet: add an e-mail address under “Where alerts "
                   "go” and enter the code sent to it first."));
        return;
    }
    const QString account = m_account;
    m_save->setEnabled(false);
    Task *task = m_context.services().saveNotificationSettings(
        settings, this, [this, account](const NotificationSettings &stored) {
            if (account == m_account) {
                m_settings = stored;
                showSettings(stored);
            }
            //: %1 is an account number
            m_context.inform(tr("Alerts for account %1 saved.").arg(account));
            Q_EMIT settingsSaved(stored);
        });
    connect(task, &Task::finished, this, [this] { m_save->setEnabled(!m_account.isEmpty()); });
    track(task, tr("Saving alerts…"));
}

const NotificationContact *NotificationsScreen::selectedContact() const
{
    const QListWidgetItem *item = m_contactList->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(kContactIdRole).toString();
    for (const NotificationContact &c : m_contacts)
        if (c.id == id)
            return &c;
    return nullptr;
}

void NotificationsScreen::updateContactButtons()
{
    const NotificationContact *contact = selectedContact();
    const bool signedIn = m_context.services().isSignedIn();
    m_add->setEnabled(signedIn && !m_contactAddress->text().trimmed().isEmpty());
    m_remove->setEnabled(contact != nullptr);
    const bool unverified = contact && !contact->verified;
    m_code->setEnabled(unverified);
    m_verify->setEnabled(unverified && !m_code->text().trimmed().isEmpty());
    if (unverified && !m_codeProblem.isEmpty())
        m_codeHint->setText(m_codeProblem);
    else if (unverified)
        //: %1 is an e-mail address or phone number
        m_codeHint->setText(tr("Enter the code the co-op sent to %1.").arg(contact->address));
    else if (contact)
        m_codeHint->setText(tr("This contact is verified."));
    else
        m_codeHint->setText(tr("Choose a contact that is not verified yet to enter its code."));
}

void NotificationsScreen::addContact()
{
    const QString address = m_contactAddress->text().trimmed();
    if (address.isEmpty())
        return;
    const auto kind = NotificationContact::Kind(m_contactKind->currentData().toInt());
    if (kind == NotificationContact::Kind::Email && !looksLikeEmail(address)) {
        refused(tr("“%1” is not an e-mail address. It should look like name@example.com.")
                    .arg(address));
        return;
    }
    if (kind == NotificationContact::Kind::Text && digitsOf(address).size() != 10) {
        refused(tr("A mobile number has 10 digits, area code first, like 970-555-0134."));
        return;
    }
    m_add->setEnabled(false);
    Task *task = m_context.services().addNotificationContact(
        kind, address, this, [this](const NotificationContact &contact) {
            m_pendingContact = contact.id;
            m_contactAddress->clear();
            m_context.inform(tr("A code is on its way to %1. Enter it under “Verify a contact”.")
                                 .arg(contact.address));
            loadContacts();
            m_code->setFocus();
        });
    connect(task, &Task::finished, this, &NotificationsScreen::updateContactButtons);
    track(task, tr("Adding the contact…"));
}

void NotificationsScreen::verifyContact()
{
    const NotificationContact *contact = selectedContact();
    const QString code = m_code->text().trimmed();
    if (!contact || contact->verified || code.isEmpty())
        return;
    const QString address = contact->address;
    m_verify->setEnabled(false);
    Task *task = m_context.services().verifyNotificationContact(
        contact->id, code, this, [this](const NotificationContact &verified) {
            m_code->clear();
            m_pendingContact.clear();
            //: %1 is an e-mail address or phone number
            m_context.inform(tr("%1 is verified: alerts can go there now.").arg(verified.address));
            loadContacts();
        });
    // A wrong code is the likely refusal here: say so with the address it was sent to.
    connect(task, &Task::failed, this, [this, address](const Failure &failure) {
        if (failure.kind == Failure::Kind::Refused && failure.detail.contains(u"CODE_INVALID"))
            m_codeProblem = tr("That code is not the one sent to %1. Check the latest "
                               "message and try again.").arg(address);
    });
    connect(task, &Task::finished, this, &NotificationsScreen::updateContactButtons);
    track(task, tr("Checking the code…"));
}

void NotificationsScreen::removeContact()
{
    const NotificationContact *contact = selectedContact();
    if (!contact)
        return;
    m_remove->setEnabled(false);
    Task *task = m_context.services().removeNotificationContact(
        contact->id, this, [this](const QString &) {
            m_context.inform(tr("Contact removed."));
            loadContacts();
        });
    connect(task, &Task::finished, this, &NotificationsScreen::updateContactButtons);
    track(task, tr("Removing the contact…"));
}

void NotificationsScreen::clearAll()
{
    m_account.clear();
    m_settings = {};
    m_contacts.clear();
    m_pendingContact.clear();
    m_codeProblem.clear();
    m_contactList->clear();
    m_contactAddress->clear();
    m_code->clear();
    m_title->setText(tr("Alerts"));
    showSettings({});
    updateContactButtons();
}

} // namespace coopdesk::ui
