#pragma once

#include "ui/services/memberservices.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace coopdesk::ui {

// The shell's non-modal message strip: an error (with "Details" for the redacted detail) or a
// confirmation. Never a dialog; closes with its button, or on its own for confirmations.
class Banner : public QWidget
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);
    void showFailure(const Failure &failure);
    void showMessage(const QString &message);
    QString text() const;             // what is shown now (tests)
    bool isError() const { return m_error; }

private:
    QLabel *m_text;
    QToolButton *m_details;
    QToolButton *m_close;
    QString m_detail;
    bool m_error = false;
};

} // namespace coopdesk::ui
