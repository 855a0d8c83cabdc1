#include "previewoptionspane.h"

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
    , m_legacy(new QCheckBox(this))
    , m_compact(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this)) {
    m_action->setObjectName(QStringLiteral("previewAction"));
    m_event->setObjectName(QStringLiteral("previewEvent"));
    m_hidden->setObjectName(QStringLiteral("previewHidden"));
    m_propertyNames->setObjectName(QStringLiteral("previewPropertyNames"));
    m_legacy->setObjectName(QStringLiteral("previewLegacy"));
    m_compact->setObjectName(QStringLiteral("previewCompact"));
    m_run->setObjectName(QStringLiteral("previewRun"));
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    m_progress->setObjectName(QStringLiteral("previewProgress"));

    for (const CallType call : {CallType::Identify, CallType::Track, CallType::Group})
        m_action->addItem(QString::fromLatin1(callTypeName(call)), int(call));
    m_hidden->setClearButtonEnabled(true);
    m_propertyNames->addItem(QString(), -1);
    for (const PropertyNames style : kPropertyNamesStyles)
        m_propertyNames->addItem(QString(), int(style));
    m_legacy->setChecked(legacyEmptyValues);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();

    auto* options = new QHBoxLayout;
    options->addWidget(m_actionLabel);
    options->addWidget(m_action);
    options->addWidget(m_eventLabel);
    options->addWidget(m_event, 1);
    options->addWidget(m_hiddenLabel);
    options->addWidget(m_hidden, 2);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_propertyNamesLabel);
    runRow->addWidget(m_propertyNames);
    runRow->addWidget(m_legacy);
    runRow->addWidget(m_compact);
    runRow->addStretch(1);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
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

void PreviewOptionsPane::takeRequestOptions(const ReceivedRequest& request) {
    {
        const QSignalBlocker actionBlocker(m_action);
        if (const auto call = callTypeFromName(request.actionName.toStdString()))
            m_action->setCurrentIndex(m_action->findData(int(*call)));
    }
    updateEventEnabled();
    m_event->setText(request.event);
    setHiddenFields(request.hiddenFields);
}

PreviewOptions PreviewOptionsPane::options() const {
    PreviewOptions options;
    options.call = callType();
    const QString event = m_event->text().trimmed();
    if (options.call == CallType::Track && !event.isEmpty())
        options.event = event.toStdString();
    const QStringList hidden = m_hidden->text().split(u',', Qt::SkipEmptyParts);
    if (!hidden.isEmpty()) {
        options.hiddenFields.emplace();
        for (const QString& field : hidden)
            options.hiddenFields->push_back(field.trimmed().toStdString());
    }
    options.legacyEmptyValues = m_legacy->isChecked();
    if (const int style = m_propertyNames->currentData().toInt(); style >= 0)
        options.propertyNames = static_cast<PropertyNames>(style);
    return options;
}

bool PreviewOptionsPane::compact() const {
    return m_compact->isChecked();
}

void PreviewOptionsPane::showRequestDefaults(const PreviewResult& result) {
    const bool execute = result.input == PreviewResult::Input::ExecuteRequest;
    m_event->setPlaceholderText(execute && !result.requestEvent.empty()
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
    const bool track = callType() == CallType::Track;
    m_event->setEnabled(track);
    m_eventLabel->setEnabled(track);
}

void PreviewOptionsPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewOptionsPane::retranslateUi() {
    m_actionLabel->setText(tr("Action:"));
    m_action->setToolTip(tr("identify (rudder_event), track (rudder_track) or group "
                            "(rudder_group)"));
    m_eventLabel->setText(tr("Event:"));
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
    m_legacy->setText(tr("Legacy empty values"));
    m_legacy->setToolTip(tr("Send 0, false, \"\" and null as [], as the Node reference hub does"));
    m_compact->setText(tr("One message per line"));
    m_run->setText(tr("Preview"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace ActionDeck
