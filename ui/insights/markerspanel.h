#pragma once

#include "models/analysis/markers.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coopdesk::ui {

struct LocationAnalysis;
class MemberContext;

// The member's usage markers for a location: add a date or a range with a note ("new heat pump"),
// remove one, and see for each a before/after comparison normalized for weather. The first marker
// asks (non-modally) whether to keep markers on this computer; a check box changes that later.
class MarkersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MarkersPanel(MemberContext &context, QWidget *parent = nullptr);

    // The location shown, with its days for the comparisons; null empties the panel.
    void setAnalysis(const LocationAnalysis *analysis);
    // What the Add button does with the form's values; returns the stored marker.
    std::optional<analysis::UsageMarker> addMarker(QDate from, QDate to, const QString &note);
    // The comparison shown for a marker of the current location (computed when shown).
    std::optional<analysis::MarkerComparison> comparison(const QString &markerId) const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    // The member asked to see a marker's first day on the usage chart.
    void openDayRequested(const QDate &day);

private:
    void refresh();
    void askConsent();
    MemberContext &m_context;
    const LocationAnalysis *m_analysis = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_note;
    QPushButton *m_add;
    QCheckBox *m_keep;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace coopdesk::ui
