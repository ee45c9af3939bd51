#include "profilescreen.h"

#include "models/passwordrules.h"
#include "ui/common/membercontext.h"
#include "ui/common/taskprogress.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coopdesk::ui {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

// One line of the password checklist: a mark the member can see and a state tests can read.
void setRule(QLabel *label, bool met, const QString &rule)
{
    label->setProperty("met", met);
    //: Password checklist line that is satisfied; %1 is the rule
    label->setText(met ? ProfileScreen::tr("✓ %1").arg(rule)
                       //: Password checklist line not yet satisfied; %1 is the rule
                       : ProfileScreen::tr("✗ %1").arg(rule));
    label->setAccessibleName(met ? ProfileScreen::tr("Met: %1").arg(rule)
                                 : ProfileScreen::tr("Not met yet: %1").arg(rule));
    // Palette roles keep it readable in dark mode: text when met, dimmed when not.
    label->setForegroundRole(met ? QPalette::WindowText : QPalette::PlaceholderText);
}

QLineEdit *passwordEdit(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(64);
    return edit;
}

QLineEdit *plainEdit(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

ProfileScreen::ProfileScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_progress(new TaskProgress(this))
{
    setObjectName(u"profileScreen"_s);
    auto *title = new QLabel(tr("Profile"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *left = new QVBoxLayout;
    left->addWidget(buildPasswordBox());
    left->addWidget(buildPhraseBox());
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(buildContactBox(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_progress);
    layout->addLayout(columns, 1);

    connect(&m_context, &MemberContext::cleared, this, &ProfileScreen::clearAll);
    // The profile belongs to the login: load it once the member is signed in.
    connect(&m_context, &MemberContext::accountsChanged, this, [this] {
        if (!m_loaded && m_context.services().isSignedIn())
            reload();
    });
    clearAll();
    if (m_context.services().isSignedIn())
        reload();
}

QWidget *ProfileScreen::buildPasswordBox()
{
    auto *box = new QGroupBox(tr("Change the password"), this);
    m_currentPassword = passwordEdit(u"currentPassword"_s, tr("Current password"), box);
    m_newPassword = passwordEdit(u"newPassword"_s, tr("New password"), box);
    m_repeatPassword = passwordEdit(u"repeatPassword"_s, tr("Repeat the new password"), box);
    m_ruleLength = new QLabel(box);
    m_ruleCapital = new QLabel(box);
    m_ruleNumeral = new QLabel(box);
    m_ruleSpecial = new QLabel(box);
    m_ruleSpaces = new QLabel(box);
    m_ruleMatch = new QLabel(box);
    m_ruleLength->setObjectName(u"ruleLength"_s);
    m_ruleCapital->setObjectName(u"ruleCapital"_s);
    m_ruleNumeral->setObjectName(u"ruleNumeral"_s);
    m_ruleSpecial->setObjectName(u"ruleSpecial"_s);
    m_ruleSpaces->setObjectName(u"ruleSpaces"_s);
    m_ruleMatch->setObjectName(u"ruleMatch"_s);
    m_changePassword = new QPushButton(tr("Change &password"), box);
    m_changePassword->setObjectName(u"changePassword"_s);
    m_changePassword->setAccessibleName(tr("Change the password"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_currentPassword);
    form->addRow(tr("&New password:"), m_newPassword);
    form->addRow(tr("&Repeat new password:"), m_repeatPassword);
    auto *rules = new QVBoxLayout;
    rules->setSpacing(2);
    auto *rulesTitle = new QLabel(tr("The new password needs:"), box);
    rules->addWidget(rulesTitle);
    for (QLabel *rule : {m_ruleLength, m_ruleCapital, m_ruleNumeral, m_ruleSpecial, m_ruleSpaces,
                         m_ruleMatch}) {
        rule->setContentsMargins(12, 0, 0, 0);
        rules->addWidget(rule);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_changePassword);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(rules);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_currentPassword, m_newPassword, m_repeatPassword})
        connect(edit, &QLineEdit::textChanged, this, &ProfileScreen::updatePasswordRules);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfileScreen::changePassword);
    connect(m_repeatPassword, &QLineEdit::returnPressed, this, &ProfileScreen::changePassword);
    return box;
}

QWidget *ProfileScreen::buildPhraseBox()
{
    auto *box = new QGroupBox(tr("Security phrase"), this);
    auto *intro = new QLabel(tr("The co-op shows this phrase on every payment form so you know "
                                "the form is really theirs."), box);
    intro->setWordWrap(true);
    m_currentPhrase = new QLabel(box);
    m_currentPhrase->setObjectName(u"currentPhrase"_s);
    m_currentPhrase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newPhrase = plainEdit(u"newPhrase"_s, tr("New security phrase"), box);
    m_newPhrase->setMaxLength(64);
    m_phraseRule = new QLabel(box);
    m_phraseRule->setObjectName(u"phraseRule"_s);
    m_changePhrase = new QPushButton(tr("Change p&hrase"), box);
    m_changePhrase->setObjectName(u"changePhrase"_s);
    m_changePhrase->setAccessibleName(tr("Change the security phrase"));

    auto *form = new QFormLayout;
    form->addRow(tr("Current phrase:"), m_currentPhrase);
    form->addRow(tr("New p&hrase:"), m_newPhrase);
    form->addRow(QString(), m_phraseRule);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_changePhrase);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_newPhrase, &QLineEdit::textChanged, this, &ProfileScreen::updatePhrase);
    connect(m_changePhrase, &QPushButton::clicked, this, &ProfileScreen::changePhrase);
    connect(m_newPhrase, &QLineEdit::returnPressed, this, &ProfileScreen::changePhrase);
    return box;
}

QWidget *ProfileScreen::buildContactBox()
{
    auto *box = new QGroupBox(tr("Phones and mailing address"), this);
    m_name = new QLabel(box);
    m_name->setObjectName(u"memberName"_s);
    m_phonesBox = new QWidget(box);
    m_phonesGrid = new QGridLayout(m_phonesBox);
    m_phonesGrid->setContentsMargins(0, 0, 0, 0);
    m_addPhone = new QPushButton(tr("Add a ph&one"), box);
    m_addPhone->setObjectName(u"addPhone"_s);
    m_addPhone->setAccessibleName(tr("Add a phone number"));
    m_line1 = plainEdit(u"addressLine1"_s, tr("Mailing address, first line"), box);
    m_line2 = plainEdit(u"addressLine2"_s, tr("Mailing address, second line"), box);
    m_city = plainEdit(u"addressCity"_s, tr("City"), box);
    m_state = plainEdit(u"addressState"_s, tr("State"), box);
    m_zip = plainEdit(u"addressZip"_s, tr("ZIP code"), box);
    m_state->setMaxLength(2);
    m_state->setMaximumWidth(m_state->fontMetrics().horizontalAdvance(u"WWWW"_s) + 16);
    m_zip->setMaxLength(10);
    m_zip->setMaximumWidth(m_zip->fontMetrics().horizontalAdvance(u"00000-00000"_s) + 16);
    m_line2->setPlaceholderText(tr("Apartment, suite, P.O. box (optional)"));
    m_saveProfile = new QPushButton(tr("&Save phones and address"), box);
    m_saveProfile->setObjectName(u"saveProfile"_s);
    m_saveProfile->setAccessibleName(tr("Save phones and mailing address"));

    auto *phonesTitle = new QLabel(tr("Phones"), box);
    QFont bold = phonesTitle->font();
    bold.setBold(true);
    phonesTitle->setFont(bold);
    auto *addressTitle = new QLabel(tr("Mailing address"), box);
    addressTitle->setFont(bold);
    auto *addPhoneLine = new QHBoxLayout;
    addPhoneLine->addWidget(m_addPhone);
    addPhoneLine->addStretch(1);

    auto *address = new QFormLayout;
    address->addRow(tr("Address &line 1:"), m_line1);
    address->addRow(tr("Address line &2:"), m_line2);
    address->addRow(tr("Ci&ty:"), m_city);
    auto *stateZip = new QHBoxLayout;
    stateZip->addWidget(m_state);
    auto *zipLabel = new QLabel(tr("&ZIP:"), box);
    zipLabel->setBuddy(m_zip);
    stateZip->addWidget(zipLabel);
    stateZip->addWidget(m_zip);
    stateZip->addStretch(1);
    auto *stateLabel = new QLabel(tr("St&ate:"), box);
    stateLabel->setBuddy(m_state);
    address->addRow(stateLabel, stateZip);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveProfile);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_name);
    layout->addWidget(phonesTitle);
    layout->addWidget(m_phonesBox);
    layout->addLayout(addPhoneLine);
    layout->addSpacing(8);
    layout->addWidget(addressTitle);
    layout->addLayout(address);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addPhone, &QPushButton::clicked, this, [this] {
        addPhoneRow({u"MOBILE"_s, QString()});
        m_phones.last().number->setFocus();
    });
    connect(m_saveProfile, &QPushButton::clicked, this, &ProfileScreen::saveProfile);
    return box;
}

void ProfileScreen::track(Task *task, const QString &what)
{
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure);
    });
    m_progress->track(task, what);
}

void ProfileScreen::refused(const QString &message)
{
    m_context.report(Failure{Failure::Kind::Refused, message, {}});
}

void ProfileScreen::reload()
{
    m_loaded = true;
    Task *task = m_context.services().profile(this, [this](const MemberProfile &profile) {
        showProfile(profile);
        Q_EMIT profileLoaded();
    });
    track(task, tr("Loading your profile…"));
    Task *phrase = m_context.services().securityPhrase(this, [this](const QString &text) {
        m_phrase = text;
        m_currentPhrase->setText(text.isEmpty() ? tr("(none)") : text);
    });
    connect(phrase, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure);
    });
}

// ---- password

void ProfileScreen::updatePasswordRules()
{
    const QString password = m_newPassword->text();
    const PasswordCheck check = checkPassword(password);
    setRule(m_ruleLength, check.length, tr("8 to 15 characters"));
    setRule(m_ruleCapital, check.capital, tr("a capital letter"));
    setRule(m_ruleNumeral, check.numeral, tr("a numeral"));
    setRule(m_ruleSpecial, check.special, tr("a special character, like ! or #"));
    setRule(m_ruleSpaces, check.noSpaces && !password.isEmpty(), tr("no spaces"));
    const bool repeated = !password.isEmpty() && password == m_repeatPassword->text();
    setRule(m_ruleMatch, repeated, tr("the same password typed twice"));
    m_changePassword->setEnabled(check.ok() && repeated && !m_currentPassword->text().isEmpty()
                                 && !m_progress->isBusy());
}

void ProfileScreen::changePassword()
{
    const QString replacement = m_newPassword->text();
    if (!checkPassword(replacement).ok() || replacement != m_repeatPassword->text()
        || m_currentPassword->text().isEmpty())
        return;
    const QString current = m_currentPassword->text();
    m_changePassword->setEnabled(false);
    Task *task = m_context.services().changePassword(current, replacement, this, [this](bool) {
        m_context.inform(tr("Your password is changed. Use the new one from now on."));
        Q_EMIT passwordChanged();
    });
    // Used once, gone: the fields do not keep a password a moment longer than needed.
    wipePasswords();
    connect(task, &Task::finished, this, &ProfileScreen::updatePasswordRules);
    track(task, tr("Changing the password…"));
}

void ProfileScreen::wipePasswords()
{
    for (QLineEdit *edit : {m_currentPassword, m_newPassword, m_repeatPassword}) {
        edit->clear();
        edit->setModified(false);
    }
    updatePasswordRules();
}

// ---- security phrase

void ProfileScreen::updatePhrase()
{
    const bool ok = isAcceptableSecurityPhrase(m_newPhrase->text());
    setRule(m_phraseRule, ok, tr("at least 5 characters"));
    m_changePhrase->setEnabled(ok);
}

void ProfileScreen::changePhrase()
{
    const QString phrase = m_newPhrase->text().trimmed();
    if (!isAcceptableSecurityPhrase(phrase)) {
        refused(tr("The security phrase needs at least 5 characters (and at most 64)."));
        return;
    }
    m_changePhrase->setEnabled(false);
    Task *task = m_context.services().changeSecurityPhrase(phrase, this, [this](const QString &stored) {
        m_phrase = stored;
        m_currentPhrase->setText(stored);
        m_newPhrase->clear();
        m_context.inform(tr("Your security phrase is changed."));
        Q_EMIT securityPhraseChanged();
    });
    connect(task, &Task::finished, this, &ProfileScreen::updatePhrase);
    track(task, tr("Changing the security phrase…"));
}

// ---- phones and address

void ProfileScreen::showProfile(const MemberProfile &profile)
{
    m_profile = profile;
    //: %1 member name, %2 login e-mail
    m_name->setText(profile.name.isEmpty() ? QString()
                                           : tr("%1 (%2)").arg(profile.name, profile.userId));
    while (!m_phones.isEmpty())
        removePhoneRow(m_phones.last().remove);
    for (const PhoneNumber &phone : profile.phones)
        addPhoneRow(phone);
    m_line1->setText(profile.mailingAddress.line1);
    m_line2->setText(profile.mailingAddress.line2);
    m_city->setText(profile.mailingAddress.city);
    m_state->setText(profile.mailingAddress.state);
    m_zip->setText(profile.mailingAddress.zip);
    m_saveProfile->setEnabled(m_context.services().isSignedIn());
}

void ProfileScreen::addPhoneRow(const PhoneNumber &phone)
{
    PhoneRow row;
    const int n = int(m_phones.size());
    row.type = new QComboBox(m_phonesBox);
    row.type->addItem(tr("Mobile"), u"MOBILE"_s);
    row.type->addItem(tr("Home"), u"HOME"_s);
    //: Work phone
    row.type->addItem(tr("Work"), u"WORK"_s);
    const int typeIndex = row.type->findData(phone.type);
    row.type->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    row.number = new QLineEdit(phone.number, m_phonesBox);
    row.number->setPlaceholderText(tr("970-555-0101"));
    row.number->setMaxLength(20);
    row.remove = new QToolButton(m_phonesBox);
    row.remove->setText(tr("Remove"));
    row.type->setObjectName(u"phoneType%1"_s.arg(n));
    row.number->setObjectName(u"phoneNumber%1"_s.arg(n));
    row.remove->setObjectName(u"phoneRemove%1"_s.arg(n));
    //: %1 is the phone's position (1, 2, ...)
    row.type->setAccessibleName(tr("Kind of phone %1").arg(n + 1));
    row.number->setAccessibleName(tr("Phone number %1").arg(n + 1));
    row.remove->setAccessibleName(tr("Remove phone %1").arg(n + 1));
    QToolButton *button = row.remove;
    connect(button, &QToolButton::clicked, this, [this, button] { removePhoneRow(button); });
    m_phones.append(row);
    relayoutPhones();
}

void ProfileScreen::removePhoneRow(QToolButton *button)
{
    for (qsizetype i = 0; i < m_phones.size(); ++i) {
        if (m_phones.at(i).remove != button)
            continue;
        const PhoneRow row = m_phones.takeAt(i);
        delete row.type;
        delete row.number;
        delete row.remove;
        break;
    }
    relayoutPhones();
}

void ProfileScreen::relayoutPhones()
{
    for (qsizetype i = 0; i < m_phones.size(); ++i) {
        const PhoneRow &row = m_phones.at(i);
        const int line = int(i);
        m_phonesGrid->addWidget(row.type, line, 0);
        m_phonesGrid->addWidget(row.number, line, 1);
        m_phonesGrid->addWidget(row.remove, line, 2);
        row.type->setObjectName(u"phoneType%1"_s.arg(line));
        row.number->setObjectName(u"phoneNumber%1"_s.arg(line));
        row.remove->setObjectName(u"phoneRemove%1"_s.arg(line));
        if (i > 0) {
            setTabOrder(m_phones.at(i - 1).remove, row.type);
        }
        setTabOrder(row.type, row.number);
        setTabOrder(row.number, row.remove);
    }
    m_phonesGrid->setColumnStretch(1, 1);
    m_phonesBox->setVisible(!m_phones.isEmpty());
}

MemberProfile ProfileScreen::collectProfile() const
{
    MemberProfile profile = m_profile;
    profile.phones.clear();
    for (const PhoneRow &row : m_phones) {
        const QString number = row.number->text().trimmed();
        if (number.isEmpty())
            continue; // an empty row added by mistake is simply not kept
        profile.phones.append({row.type->currentData().toString(), number});
    }
    profile.mailingAddress.line1 = m_line1->text().trimmed();
    profile.mailingAddress.line2 = m_line2->text().trimmed();
    profile.mailingAddress.city = m_city->text().trimmed();
    profile.mailingAddress.state = m_state->text().trimmed().toUpper();
    profile.mailingAddress.zip = m_zip->text().trimmed();
    return profile;
}

std::optional<QString> ProfileScreen::problemWith(const MemberProfile &profile) const
{
    for (const PhoneNumber &phone : profile.phones)
        if (digitsOf(phone.number).size() != 10)
            //: %1 is the phone number as typed
            return tr("“%1” is not a phone number: it needs 10 digits, area code first.")
                .arg(phone.number);
    const PostalAddress &a = profile.mailingAddress;
    if (a.line1.isEmpty())
        return tr("The mailing address needs its first line (street or P.O. box).");
    if (a.city.isEmpty())
        return tr("The mailing address needs a city.");
    static const QRegularExpression state(u"^[A-Z]{2}$"_s);
    if (!state.match(a.state).hasMatch())
        return tr("The state is two letters, like CO.");
    static const QRegularExpression zip(u"^\\d{5}(-\\d{4})?$"_s);
    if (!zip.match(a.zip).hasMatch())
        return tr("The ZIP code is 5 digits, or ZIP+4 like 80540-1234.");
    return std::nullopt;
}

void ProfileScreen::saveProfile()
{
    const MemberProfile profile = collectProfile();
    if (const auto problem = problemWith(profile)) {
        refused(*problem);
        return;
    }
    m_saveProfile->setEnabled(false);
    Task *task = m_context.services().saveProfile(profile, this, [this](const MemberProfile &stored) {
        showProfile(stored);
        m_context.inform(tr("Your phones and mailing address are saved."));
        Q_EMIT profileSaved();
    });
    connect(task, &Task::finished, this, [this] {
        m_saveProfile->setEnabled(m_context.services().isSignedIn());
    });
    track(task, tr("Saving your profile…"));
}

void ProfileScreen::clearAll()
{
    wipePasswords();
    m_loaded = false;
    m_phrase.clear();
    m_currentPhrase->clear();
    m_newPhrase->clear();
    updatePhrase();
    showProfile({});
    m_saveProfile->setEnabled(false);
}

} // namespace coopdesk::ui
