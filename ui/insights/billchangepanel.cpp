#include "billchangepanel.h"

// Placeholder while issue 5 is written.
namespace coopdesk::ui {

BillChangePanel::BillChangePanel(QWidget *parent)
    : QWidget(parent), m_before(nullptr), m_after(nullptr), m_kwh(nullptr), m_dollars(nullptr),
      m_chart(nullptr), m_sentence(nullptr)
{
}
void BillChangePanel::setAnalysis(const LocationAnalysis *analysis) { m_analysis = analysis; }
void BillChangePanel::compare(qsizetype, qsizetype) {}
void BillChangePanel::setShowDollars(bool) {}
bool BillChangePanel::showsDollars() const { return false; }
QString BillChangePanel::sentence() const { return {}; }
void BillChangePanel::recompute() {}
void BillChangePanel::present() {}

} // namespace coopdesk::ui
