#pragma once

#include <QLocale>

class QCoreApplication;

namespace coopdesk {

// Installs Qt's own catalogue and CoopDesk's (embedded as :/i18n/coopdesk_<lang>.qm) for
// `locale`. English needs neither; a missing catalogue leaves the English source strings.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace coopdesk
