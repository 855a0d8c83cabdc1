#pragma once

#include "hub/receivedrequest.h"
#include "outbox/syncstatestore.h"
#include "rudder/calltype.h"
#include "rudder/previewbuilder.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ActionDeck {

/// The Preview page's options (action, event, hidden fields, property names, rows to send, the
/// schedule, Looker context, legacy empty values, one message per line) and its run row:
/// Preview, Cancel and the progress of the preview under way.
class PreviewOptionsPane : public QWidget {
    Q_OBJECT

public:
    explicit PreviewOptionsPane(bool legacyEmptyValues, QWidget* parent = nullptr);

    void setCallType(CallType call);
    CallType callType() const;
    /// Sets the fields without signalling optionsChanged().
    void setEventName(const QString& event);
    void setHiddenFields(const QStringList& fields);
    void setLegacyEmptyValues(bool on);
    /// A style, or nullopt for the request's own choice (else Looker's names).
    void setPropertyNames(std::optional<PropertyNames> style);
    /// Rows to send: nullopt for the request's own choice (else all).
    void setSendRows(std::optional<SendRows> rows);
    /// The schedules the hub remembers rows of, offered under Schedule (the request's own
    /// schedule stays the first choice; the one picked is kept when it is still there).
    void setSchedules(std::vector<SyncScopeInfo> schedules);
    /// Picks the schedule of `planId`, `action` and `source` (the request's when nullopt).
    bool pickSchedule(const std::optional<SyncScopeKey>& key);
    /// Takes the action, event, hidden fields and the sync options (as the hub resolved them,
    /// with the source's rename map) of a request the hub received.
    void takeRequestOptions(const ReceivedRequest& request);
    /// The call, event, hidden fields, property names, rows to send, schedule, Looker context and
    /// legacy values; the limits and the sync state are the caller's.
    PreviewOptions options() const;
    bool compact() const;

    /// The placeholders say what an execute body in `result` asks for when a field is empty.
    void showRequestDefaults(const PreviewResult& result);
    /// Shows (at 0) or hides the progress bar and Cancel.
    void showRunning(bool running);
    /// `permille` of the preview under way is done.
    void setProgress(int permille);

signals:
    /// The action, event, hidden fields, property names or legacy values changed.
    void optionsChanged();
    void compactToggled();
    void runClicked();
    void cancelClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEventEnabled();
    void fillSchedules();
    QString scheduleText(const SyncScopeInfo& scope) const;

    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_eventLabel;
    QLineEdit* m_event;
    QLabel* m_hiddenLabel;
    QLineEdit* m_hidden;
    QLabel* m_propertyNamesLabel;
    QComboBox* m_propertyNames;
    QString m_requestPropertyNames; ///< what an execute body asked for, shown in the first item
    QLabel* m_sendRowsLabel;
    QComboBox* m_sendRows;
    QString m_requestSendRows;
    QLabel* m_scheduleLabel;
    QComboBox* m_schedule; ///< item data: the index in m_schedules, -1 the request's
    std::vector<SyncScopeInfo> m_schedules;
    RenameMap m_rename; ///< the source's, from a request the hub received
    QLabel* m_lookerContextLabel;
    QComboBox* m_lookerContext;
    QString m_requestLookerContext;
    QCheckBox* m_legacy;
    QCheckBox* m_compact;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
};

} // namespace ActionDeck
