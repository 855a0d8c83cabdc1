#include "gui/preview/previewoptionspane.h"

#include "rudder/syncoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

PreviewOptionsPane::PreviewOptionsPane(bool legacyEmptyValues, QWidget* parent)
    : QWidget(parent)
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_eventLabel(new QLabel(this))
    , m_event(new QLineEdit(this))
    , m_hiddenLabel(new QLabel(this))
    , m_hidden(new QLineEdit(this))
    , m_propertyNamesLabel(new QLabel(this))
    , m_propertyNames(new QComboBox(this))
    , m_sendRowsLabel(new QLabel(this))
    , m_sendRows(new QComboBox(this))
    , m_scheduleLabel(new QLabel(this))
    , m_schedule(new QComboBox(this))
    , m_lookerContextLabel(new QLabel(this))
    , m_lookerContext(new QComboBox(this))
    , m_legacy(new QCheckBox(this))
    , m_compact(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this)) {
    m_action->setObjectName(QStringLiteral("previewAction"));
    m_event->setObjectName(QStringLiteral("previewEvent"));
    m_hidden->setObjectName(QStringLiteral("previewHidden"));
    m_propertyNames->setObjectName(QStringLiteral("previewPropertyNames"));
    m_sendRows->setObjectName(QStringLiteral("previewSendRows"));
    m_schedule->setObjectName(QStringLiteral("previewSchedule"));
    m_lookerContext->setObjectName(QStringLiteral("previewLookerContext"));
    m_legacy->setObjectName(QStringLiteral("previewLegacy"));
    m_compact->setObjectName(QStringLiteral("previewCompact"));
    m_run->setObjectName(QStringLiteral("previewRun"));
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    m_progress->setObjectName(QStringLiteral("previewProgress"));

    for (const CallType call : {CallType::Identify, CallType::Track, CallType::Group})
        m_action->addItem(QString::fromLatin1(callTypeName(call)), int(call));
    m_action->addItem(QString(), int(CallType::SystemActivity)); // named in retranslateUi()
    m_hidden->setClearButtonEnabled(true);
    m_propertyNames->addItem(QString(), -1);
    for (const PropertyNames style : kPropertyNamesStyles)
        m_propertyNames->addItem(QString(), int(style));
    m_sendRows->addItem(QString(), -1);
    for (const SendRows rows : kSendRowsChoices)
        m_sendRows->addItem(QString(), int(rows));
    m_schedule->addItem(QString(), -1);
    for (const int choice : {-1, 0, 1})
        m_lookerContext->addItem(QString(), choice);
    m_legacy->setChecked(legacyEmptyValues);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();

    // Combo boxes as wide as their longest choice would not fit a small screen: they give way,
    // and the open list shows the whole text.
    for (QComboBox* combo : {m_action, m_propertyNames, m_sendRows, m_lookerContext, m_schedule}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto* options = new QHBoxLayout;
    options->addWidget(m_actionLabel);
    options->addWidget(m_action);
    options->addWidget(m_eventLabel);
    options->addWidget(m_event, 1);
    options->addWidget(m_hiddenLabel);
    options->addWidget(m_hidden, 2);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_propertyNamesLabel);
    syncRow->addWidget(m_propertyNames, 2);
    syncRow->addWidget(m_sendRowsLabel);
    syncRow->addWidget(m_sendRows, 2);
    syncRow->addWidget(m_lookerContextLabel);
    syncRow->addWidget(m_lookerContext, 1);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_scheduleLabel);
    runRow->addWidget(m_schedule, 3);
    runRow->addWidget(m_legacy);
    runRow->addWidget(m_compact);
    runRow->addStretch(1);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addLayout(syncRow);
    layout->addLayout(runRow);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        updateEventEnabled();
        emit optionsChanged();
    });
    connect(m_event, &QLineEdit::textEdited, this, &PreviewOptionsPane::optionsChanged);
    connect(m_hidden, &QLineEdit::textEdited, this, &PreviewOptionsPane::optionsChanged);
    connect(m_legacy, &QCheckBox::toggled, this, &PreviewOptionsPane::optionsChanged);
    connect(m_propertyNames, &QComboBox::currentIndexChanged, this,
            &PreviewOptionsPane::optionsChanged);
    connect(m_sendRows, &QComboBox::currentIndexChanged, this, &PreviewOptionsPane::optionsChanged);
    connect(m_lookerContext, &QComboBox::currentIndexChanged, this,
            &PreviewOptionsPane::optionsChanged);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, [this] {
        // A schedule remembers rows of one action: preview that one.
        const int picked = m_schedule->currentData().toInt();
        if (picked >= 0) {
            const QSignalBlocker blocker(m_action);
            if (const auto call =
                    callTypeFromName(m_schedules[std::size_t(picked)].action.toStdString()))
                m_action->setCurrentIndex(m_action->findData(int(*call)));
            updateEventEnabled();
        }
        emit optionsChanged();
    });
    connect(m_compact, &QCheckBox::toggled, this, &PreviewOptionsPane::compactToggled);
    connect(m_run, &QPushButton::clicked, this, &PreviewOptionsPane::runClicked);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewOptionsPane::cancelClicked);

    retranslateUi();
    updateEventEnabled();
}

void PreviewOptionsPane::setCallType(CallType call) {
    m_action->setCurrentIndex(m_action->findData(int(call)));
}

CallType PreviewOptionsPane::callType() const {
    return static_cast<CallType>(m_action->currentData().toInt());
}

void PreviewOptionsPane::setEventName(const QString& event) {
    m_event->setText(event);
}

void PreviewOptionsPane::setHiddenFields(const QStringList& fields) {
    m_hidden->setText(fields.join(QStringLiteral(", ")));
}

void PreviewOptionsPane::setLegacyEmptyValues(bool on) {
    m_legacy->setChecked(on);
}

void PreviewOptionsPane::setPropertyNames(std::optional<PropertyNames> style) {
    m_propertyNames->setCurrentIndex(m_propertyNames->findData(style ? int(*style) : -1));
}

void PreviewOptionsPane::setSendRows(std::optional<SendRows> rows) {
    m_sendRows->setCurrentIndex(m_sendRows->findData(rows ? int(*rows) : -1));
}

void PreviewOptionsPane::setSchedules(std::vector<SyncScopeInfo> schedules) {
    const int picked = m_schedule->currentData().toInt();
    std::optional<SyncScopeKey> keep;
    if (picked >= 0) {
        const SyncScopeInfo& was = m_schedules[std::size_t(picked)];
        keep = SyncScopeKey{was.planId, was.action, was.source};
    }
    m_schedules = std::move(schedules);
    const auto listed = [this](const SyncScopeKey& key) {
        return std::any_of(m_schedules.begin(), m_schedules.end(), [&key](const SyncScopeInfo& s) {
            return s.planId == key.planId && s.action == key.action && s.source == key.source;
        });
    };
    if (keep && !listed(*keep))
        m_schedules.push_back({0, keep->planId, keep->action, keep->source, 0, 0});
    const QSignalBlocker blocker(m_schedule);
    fillSchedules();
    pickSchedule(keep);
}

bool PreviewOptionsPane::pickSchedule(const std::optional<SyncScopeKey>& key) {
    int index = 0;
    for (std::size_t i = 0; key && i < m_schedules.size(); ++i) {
        const SyncScopeInfo& scope = m_schedules[i];
        if (scope.planId == key->planId && scope.action == key->action &&
            scope.source == key->source)
            index = m_schedule->findData(int(i));
    }
    m_schedule->setCurrentIndex(index);
    return !key || index > 0;
}

void PreviewOptionsPane::fillSchedules() {
    while (m_schedule->count() > 1)
        m_schedule->removeItem(1);
    for (std::size_t i = 0; i < m_schedules.size(); ++i)
        m_schedule->addItem(scheduleText(m_schedules[i]), int(i));
}

QString PreviewOptionsPane::scheduleText(const SyncScopeInfo& scope) const {
    if (scope.id == 0) // not listed by the hub (yet): how many rows it remembers is not known
        return tr("Schedule %1 · %2 → %3").arg(scope.planId, scope.action, scope.source);
    return tr("Schedule %1 · %2 → %3 (%n row(s) remembered)", nullptr, int(scope.remembered))
        .arg(scope.planId, scope.action, scope.source);
}

void PreviewOptionsPane::takeRequestOptions(const ReceivedRequest& request) {
    {
        const QSignalBlocker actionBlocker(m_action);
        if (const auto call = callTypeFromName(request.actionName.toStdString()))
            m_action->setCurrentIndex(m_action->findData(int(*call)));
    }
    updateEventEnabled();
    m_event->setText(callType() == CallType::SystemActivity ? request.eventPrefix : request.event);
    setHiddenFields(request.hiddenFields);
    // The options as the hub resolved them, the source's settings included: the result alone
    // does not say them.
    const QSignalBlocker namesBlocker(m_propertyNames);
    const QSignalBlocker rowsBlocker(m_sendRows);
    const QSignalBlocker contextBlocker(m_lookerContext);
    const QSignalBlocker scheduleBlocker(m_schedule);
    setPropertyNames(request.sync.propertyNames);
    setSendRows(request.sync.sendRows);
    m_lookerContext->setCurrentIndex(m_lookerContext->findData(request.sync.lookerContext ? 1 : 0));
    m_rename = request.sync.rename;
    if (request.planId.isEmpty()) {
        m_schedule->setCurrentIndex(0);
        return;
    }
    const SyncScopeKey key{request.planId, request.actionName, request.syncSource};
    if (!pickSchedule(key)) {
        // A schedule that has remembered nothing yet is not listed: offer it all the same.
        m_schedules.push_back({0, key.planId, key.action, key.source, 0, 0});
        fillSchedules();
        pickSchedule(key);
    }
}

PreviewOptions PreviewOptionsPane::options() const {
    PreviewOptions options;
    options.call = callType();
    const QString event = m_event->text().trimmed();
    if (options.call == CallType::Track && !event.isEmpty())
        options.event = event.toStdString();
    // A prefix keeps its spaces: "Looker " gives "Looker login".
    if (options.call == CallType::SystemActivity)
        options.systemActivity.eventPrefix = m_event->text().toStdString();
    const QStringList hidden = m_hidden->text().split(u',', Qt::SkipEmptyParts);
    if (!hidden.isEmpty()) {
        options.hiddenFields.emplace();
        for (const QString& field : hidden)
            options.hiddenFields->push_back(field.trimmed().toStdString());
    }
    options.legacyEmptyValues = m_legacy->isChecked();
    if (const int style = m_propertyNames->currentData().toInt(); style >= 0)
        options.propertyNames = static_cast<PropertyNames>(style);
    if (const int rows = m_sendRows->currentData().toInt(); rows >= 0)
        options.sendRows = static_cast<SendRows>(rows);
    if (const int context = m_lookerContext->currentData().toInt(); context >= 0)
        options.lookerContext = context == 1;
    options.rename = m_rename;
    if (const int picked = m_schedule->currentData().toInt(); picked >= 0) {
        options.planId = m_schedules[std::size_t(picked)].planId.toStdString();
        options.destination = m_schedules[std::size_t(picked)].source.toStdString();
    }
    return options;
}

bool PreviewOptionsPane::compact() const {
    return m_compact->isChecked();
}

void PreviewOptionsPane::showRequestDefaults(const PreviewResult& result) {
    const bool execute = result.input == PreviewResult::Input::ExecuteRequest;
    if (callType() != CallType::SystemActivity)
        m_event->setPlaceholderText(
            execute && !result.requestEvent.empty()
                ? tr("From the request: %1").arg(fromStd(result.requestEvent))
                : tr("Event name"));
    QStringList requestHidden;
    for (const std::string& field : result.requestHiddenFields)
        requestHidden.append(fromStd(field));
    m_hidden->setPlaceholderText(
        execute && !requestHidden.isEmpty()
            ? tr("From the request: %1").arg(requestHidden.join(QStringLiteral(", ")))
            : tr("Fields not to send, comma-separated"));
    m_requestPropertyNames =
        execute && result.requestPropertyNames
            ? QString::fromLatin1(propertyNamesName(*result.requestPropertyNames))
            : QString();
    m_requestSendRows = execute && result.requestSendRows
                            ? QString::fromLatin1(sendRowsName(*result.requestSendRows))
                            : QString();
    m_requestLookerContext = execute && result.requestLookerContext
                                 ? QString::fromLatin1(*result.requestLookerContext ? "yes" : "no")
                                 : QString();
    retranslateUi();
}

void PreviewOptionsPane::showRunning(bool running) {
    if (running)
        m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void PreviewOptionsPane::setProgress(int permille) {
    m_progress->setValue(permille);
}

void PreviewOptionsPane::updateEventEnabled() {
    // The System Activity action names its events after Looker's: the field is their prefix.
    const bool systemActivity = callType() == CallType::SystemActivity;
    const bool named = callType() == CallType::Track || systemActivity;
    m_event->setEnabled(named);
    m_eventLabel->setEnabled(named);
    m_eventLabel->setText(systemActivity ? tr("Event prefix:") : tr("Event:"));
    if (systemActivity)
        m_event->setPlaceholderText(tr("None (e.g. \"Looker \")"));
    else if (m_event->placeholderText() == tr("None (e.g. \"Looker \")"))
        m_event->setPlaceholderText(tr("Event name"));
    // The System Activity action always leaves out the events a source already has.
    const bool rowsChoice = callType() != CallType::SystemActivity;
    m_sendRows->setEnabled(rowsChoice);
    m_sendRowsLabel->setEnabled(rowsChoice);
}

void PreviewOptionsPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewOptionsPane::retranslateUi() {
    m_actionLabel->setText(tr("Action:"));
    m_action->setItemText(m_action->findData(int(CallType::SystemActivity)), tr("System Activity"));
    m_action->setToolTip(tr("identify (rudder_event), track (rudder_track), group "
                            "(rudder_group), or System Activity (rudder_system_activity) for "
                            "the results of Looker's System Activity Explores"));
    updateEventEnabled();
    m_hiddenLabel->setText(tr("Hidden fields:"));
    m_hidden->setToolTip(tr("Fields not to send, as Looker names them (view.field), "
                            "comma-separated; empty: those the request hides"));
    m_propertyNamesLabel->setText(tr("Property names:"));
    m_propertyNames->setItemText(0, m_requestPropertyNames.isEmpty()
                                        ? tr("As the request says")
                                        : tr("From the request: %1").arg(m_requestPropertyNames));
    m_propertyNames->setItemText(1, tr("Looker's (users.email)"));
    m_propertyNames->setItemText(2, tr("Field (email)"));
    m_propertyNames->setItemText(3, tr("snake_case label (users_email)"));
    m_propertyNames->setItemText(4, tr("camelCase label (usersEmail)"));
    m_propertyNames->setToolTip(tr("How traits and properties are named. The request's choice "
                                   "is its form's property_names; \"default\" there is the "
                                   "destination source's setting, which the preview shows as "
                                   "Looker's names"));
    m_sendRowsLabel->setText(tr("Rows to send:"));
    m_sendRows->setItemText(0, m_requestSendRows.isEmpty()
                                   ? tr("As the request says")
                                   : tr("From the request: %1").arg(m_requestSendRows));
    m_sendRows->setItemText(1, tr("All rows"));
    m_sendRows->setItemText(2, tr("Only new or changed rows"));
    m_sendRows->setToolTip(tr("Only new or changed rows shows just the rows that differ from what "
                              "the schedule last sent, as the hub remembers it; nothing is "
                              "changed by the preview. \"default\" in the request's form is the "
                              "source's setting, which the preview shows as all rows"));
    m_scheduleLabel->setText(tr("Schedule:"));
    m_schedule->setItemText(0, tr("The request's, if any"));
    for (int i = 1; i < m_schedule->count(); ++i)
        m_schedule->setItemText(
            i, scheduleText(m_schedules[std::size_t(m_schedule->itemData(i).toInt())]));
    m_schedule->setToolTip(tr("The scheduled plan and destination source the rows are compared "
                              "with, and that names the messageIds; the request's own, or one the "
                              "hub remembers rows of"));
    m_lookerContextLabel->setText(tr("Looker context:"));
    m_lookerContext->setItemText(0, m_requestLookerContext.isEmpty()
                                        ? tr("As the request says")
                                        : tr("From the request: %1").arg(m_requestLookerContext));
    m_lookerContext->setItemText(1, tr("No"));
    m_lookerContext->setItemText(2, tr("Yes"));
    m_lookerContext->setToolTip(tr("Adds context.looker: the schedule's id and title, the query, "
                                   "ran_at and the look or dashboard URL"));
    m_legacy->setText(tr("Legacy empty values"));
    m_legacy->setToolTip(tr("Send 0, false, \"\" and null as [], as the Node reference hub does"));
    m_compact->setText(tr("One message per line"));
    m_run->setText(tr("Preview"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace ActionDeck
