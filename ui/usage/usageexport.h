#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace coopdesk {
class UsageTableModel;
}

namespace coopdesk::ui {

// Writing what the Usage screen shows to files: the table twin as CSV (every row, machine-readable
// numbers, instants in ISO 8601 with the co-op's offset), a chart as PNG or as a one-page PDF.
// Each returns "" on success, else a translated sentence for the banner.
namespace UsageExport {
QString writeCsv(const UsageTableModel &model, const QString &path);
QString writePng(QWidget *chart, const QString &path);
QString writePdf(QWidget *chart, const QString &title, const QString &subtitle, const QString &path);
} // namespace UsageExport

} // namespace coopdesk::ui
